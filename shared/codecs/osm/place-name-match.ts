// Whether two place names name the same place, as an OSM import asks before it adds a place beside
// one the user already has ("Klinglhuber" in OpenStreetMap, "Hotel Klinglhuber" in the project).
//
// Both names are normalised the same way: Unicode compatibility forms, accents removed (ä = a),
// lower case, ß = ss, punctuation as spaces, "Sankt"/"Saint" as "st". Then they match when
//   1. they are equal (spaces aside: "St.Veit" = "St. Veit");
//   2. one is the other plus words that only say what kind of place it is ("Hotel", "Museum",
//      "Schloss"...), all on one side: "Hotel Klinglhuber" = "Klinglhuber", but "Gasthof
//      Klinglhuber" ≠ "Hotel Klinglhuber" (a restaurant and a hotel of one family are two places);
//   3. they differ by one typing slip (two for long names: one letter added, left out, changed or
//      two swapped), with the same numbers: "Dreifaltigkeitsäule" = "Dreifaltigkeitssäule",
//      "Buergerspital" = "Bürgerspital" (a transliterated umlaut is one slip), but "Haus 1" ≠ "Haus 2".
// Only ever asked about places within 50 m of each other, so a loose rule costs little; the
// import's review list shows every match before anything is written.

/** Words that say what kind of place it is, in the languages of the app (normalised below). */
// prettier-ignore
const KIND_WORD_LIST = [
  // accommodation and food
  'hotel', 'gasthof', 'gasthaus', 'gastehaus', 'gaestehaus', 'pension', 'hostel', 'motel', 'albergo', 'hostal', 'pousada',
  'restaurant', 'cafe',
  // museums, galleries, venues, libraries
  'museum', 'musee', 'museo', 'galerie', 'gallery', 'galleria', 'galeria', 'theater', 'theatre', 'teatro',
  'kino', 'cinema', 'bibliothek', 'library', 'biblioteca', 'bibliotheque', 'bibliotheek', 'archiv', 'archive',
  // churches, castles
  'kirche', 'pfarrkirche', 'church', 'kapelle', 'chapel', 'chiesa', 'eglise', 'iglesia', 'igreja', 'kerk',
  'burg', 'schloss', 'castle', 'chateau', 'castello', 'castillo', 'castelo', 'kasteel',
  // creative firms
  'atelier', 'studio', 'verlag',
  // articles before a name
  'the', 'der', 'die', 'das',
];

const ABBREVIATIONS = new Map([
  ['sankt', 'st'],
  ['saint', 'st'],
  ['heilige', 'hl'],
  ['heiliger', 'hl'],
  ['heiligen', 'hl'],
]);

/** A name's words, normalised (see above). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[œ]/g, 'oe')
    .replace(/[ø]/g, 'o')
    .replace(/[ł]/g, 'l')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => ABBREVIATIONS.get(word) ?? word);
}

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits), stopping past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2 = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

const KIND_WORDS = new Set(KIND_WORD_LIST.flatMap((word) => nameWords(word)));

const numbers = (text: string) => text.match(/\p{N}+/gu)?.join(' ') ?? '';

/** True when `longer` is `shorter` with kind words added (and at least one word that is not one). */
function onlyKindWordsAdded(longer: readonly string[], shorter: readonly string[]): boolean {
  if (longer.length <= shorter.length) return false;
  const core = longer.filter((word) => !KIND_WORDS.has(word));
  return core.length > 0 && core.length === shorter.length && core.every((word, index) => word === shorter[index]);
}

/** Whether two names (as normalised by nameWords) name the same place; see the rules above. */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  const joinedA = a.join('');
  const joinedB = b.join('');
  if (joinedA === '' || joinedB === '') return false;
  if (joinedA === joinedB) return true;
  if (onlyKindWordsAdded(a, b) || onlyKindWordsAdded(b, a)) return true;
  const length = Math.min(joinedA.length, joinedB.length);
  const slips = length >= 16 ? 2 : length >= 8 ? 1 : 0;
  return slips > 0 && numbers(joinedA) === numbers(joinedB) && editDistance(joinedA, joinedB, slips) <= slips;
}

/** Whether two place names name the same place. */
export function sameName(a: string, b: string): boolean {
  return sameWords(nameWords(a), nameWords(b));
}
