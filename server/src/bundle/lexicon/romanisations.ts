// Given names that English-language news romanises several ways: one outlet's Mohammed bin
// Salman is another's Muhammad bin Salman, Mahmoud Abbas is Mahmud Abbas; a Ukrainian's name
// comes from Ukrainian in one outlet and from its Russian form in another (Oleksandr, Alexander). Their vowels vary in
// ways a rule cannot follow without joining other names (Mohammed and Mahmoud share every
// consonant; Karen and Karin are two names), so the common ones are listed, each line the
// spellings of one name. No maintained npm package holds such a table.

const TABLE = `
muhammad mohammed mohammad mohamed mohamad muhammed mohamud
mahmoud mahmud mahmood
ahmad ahmed
hussein husayn hussain husain husein
hassan hasan
osama usama
omar umar
abdullah abdallah
abdul abdel
khalid khaled
yusuf youssef yousef yousif youssouf yusef
mustafa mostafa moustafa mustapha
ibrahim ebrahim
ismail ismael
rashid rasheed
karim kareem
saeed said
walid waleed
nasrallah nasrullah
oleksandr olexandr aleksandr alexandr alexander
oleksandra aleksandra alexandra
oleksiy oleksii alexei alexey aleksei aleksey
volodymyr vladimir
mykola nikolai nikolay
mykhailo mykhaylo mikhail
dmytro dmitry dmitri dmitriy
andriy andrii andrei andrey
serhiy serhii sergei sergey sergiy
yevhen yevgeny yevgeniy evgeny
ihor igor
oleh oleg
hennadiy hennadii gennady gennadiy
vasyl vasily vasiliy
bohdan bogdan
pavlo pavel
petro pyotr
kyrylo kirill
olena yelena elena
tetiana tetyana tatiana tatyana
halyna galina
kateryna yekaterina ekaterina
`;

/** Each listed spelling (lower case) and all the spellings of its name. */
export const ROMANISATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  TABLE.trim()
    .split('\n')
    .flatMap((line) => {
      const spellings = line.trim().split(/\s+/);
      return spellings.map((spelling) => [spelling, spellings]);
    }),
);
