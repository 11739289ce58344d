// Given names and the short forms news writes for them: one outlet's Joe Biden is another's
// Joseph R. Biden, Dick Durbin is Richard J. Durbin, Mike Thibodeau is Michael Thibodeau; and
// in Spanish and Portuguese names, José Mujica is Pepe Mujica, Francisco is Paco or Chico.
// Accents are left out: names are compared without them. No maintained npm package holds such a table (the curated lists are CSV files in
// other languages' packages), so this one is kept here: the forms common in English-language
// news, each line a full name and the short forms of it. A short form that belongs to several
// names (`Chris`, `Pat`, `Al`) is listed under each.

const TABLE = `
abraham: abe
albert: al bert
alexander: alex al sandy
alexandra: alex sandra sandy
alfred: al alf fred
andrew: andy drew
anthony: tony
antony: tony
arnold: arnie
arthur: art artie
barbara: barb barbie
benjamin: ben benny bibi
bernard: bernie
beverly: bev
bradley: brad
calvin: cal
catherine: cathy cate kate katie
katherine: kathy kate katie kat
kathryn: kathy kate katie
kathleen: kathy kate
charles: charlie chuck chas
christina: chris tina
christine: chris
christopher: chris kit
cynthia: cindy
daniel: dan danny
david: dave davey
deborah: debbie deb
donald: don donny
dorothy: dot dottie
douglas: doug
edward: ed eddie ted ned
edwin: ed
elizabeth: liz lizzie beth betsy betty libby eliza
eugene: gene
frances: fran
francis: frank fran
frederick: fred freddie
gerald: gerry jerry
jerrold: jerry
geoffrey: geoff
gregory: greg
harold: hal harry
henry: hank harry
herbert: herb
howard: howie
jacob: jake
james: jim jimmy jamie
jeffrey: jeff
jennifer: jen jenny
jerome: jerry jay
john: jack johnny
jonathan: jon
joseph: joe joey
joshua: josh
judith: judy
kenneth: ken kenny
kimberly: kim
lawrence: larry
laurence: larry
leonard: len lenny
margaret: maggie peggy meg marge
matthew: matt
michael: mike mick mickey
mitchell: mitch
nathaniel: nate nat
nathan: nate
newton: newt
nicholas: nick nicky
pamela: pam
patricia: pat patty tricia
patrick: pat paddy
peter: pete
philip: phil
phillip: phil
randolph: randy
raymond: ray
rebecca: becky becca
richard: dick rick rich richie ricky
robert: bob bobby rob robbie
ronald: ron ronnie
russell: russ
samuel: sam sammy
samantha: sam
sandra: sandy
stephen: steve
steven: steve
susan: sue susie
suzanne: sue
theodore: ted teddy theo
theresa: terry tess
teresa: terry tess
thomas: tom tommy
timothy: tim
valerie: val
victoria: vicky tori
virginia: ginny
vladimir: vlad
walter: walt wally
william: bill billy will willie
zachary: zach zack
jose: pepe ze
francisco: paco pancho chico
ignacio: nacho
manuel: manolo
enrique: quique
guillermo: memo
eduardo: lalo dudu
alberto: beto
roberto: beto
antonio: tono
jesus: chucho chuy
dolores: lola
concepcion: concha conchita
rosario: charo
guadalupe: lupe
mercedes: merche
`;

/** Each full name (lower case) and the short forms of it. */
export const NICKNAMES: ReadonlyMap<string, readonly string[]> = new Map(
  TABLE.trim()
    .split('\n')
    .map((line) => {
      const [full, short] = line.split(':');
      return [full.trim(), short.trim().split(/\s+/)];
    }),
);
