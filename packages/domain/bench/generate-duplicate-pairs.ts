/**
 * A deterministic test set for duplicate detection: true pairs (one person registered twice, with the slips people
 * make: typos, swapped names, dropped accents, phones written another way or left out, e-mails in other case, a
 * Gmail alias, another address altogether) and hard non-pairs (two people of the same city with a common first name
 * or the same surname, a similar surname, shared skills). Used by bench/duplicates-bench.ts and its unit test.
 */
import type { DuplicateProfile } from '../src/duplicates/index.ts';

export type LabelledPair = { a: DuplicateProfile; b: DuplicateProfile; isDuplicate: boolean; variant: string };

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = [
  'Ana', 'Anna', 'Maria', 'María', 'José', 'Jose', 'Juan', 'Luis', 'Sam', 'Alex', 'Chris', 'Lee', 'Kim', 'Noah', 'Liam', 'Emma',
  'Olivia', 'Mia', 'Sofia', 'Lucas', 'Léa', 'Chloé', 'Zoë', 'Renée', 'Søren', 'Łukasz', 'Mohammed', 'Muhammad', 'Fatima',
  'Aisha', 'Omar', 'Ali', 'Wei', 'Li', 'Yuki', 'Hiro', 'Priya', 'Arjun', 'Ravi', 'Sara', 'Sarah', 'David', 'Daniel', 'Jan',
  'Jana', 'Eva', 'Ines', 'Inês', 'Tom', 'Tim', 'Ben', 'Max', 'Felix', 'Paul', 'Paula', 'Nina', 'Lena', 'Jonas', 'Elif', 'Emre',
];
const SURNAMES = [
  'Lee', 'Li', 'Kim', 'Park', 'Chen', 'Wang', 'Nguyen', 'Garcia', 'García', 'Gomez', 'Rodriguez', 'Martinez', 'Lopez',
  'Müller', 'Mueller', 'Meyer', 'Maier', 'Schmidt', 'Schmitt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Hoffmann',
  'Smith', 'Smyth', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Johnson', 'Williams', 'Khan', 'Ahmed', 'Hassan', 'Ali', 'Singh',
  'Patel', 'Sharma', 'Kowalski', 'Nowak', 'Novak', 'Dubois', 'Martin', 'Bernard', 'Rossi', 'Russo', 'Ferrari', 'Silva',
  'Santos', 'Costa', 'Yilmaz', 'Demir', 'Kaya', 'Tanaka', 'Sato', 'Suzuki', 'Jensen', 'Hansen', 'Nielsen', 'de Vries',
  'van Dijk', 'Bakker', 'Janssen', 'Peeters',
];
const PLACES = [
  { city: 'Berlin', country: 'DE', prefix: '+49', national: ['030 ', 8], trunk: '0' },
  { city: 'München', country: 'DE', prefix: '+49', national: ['089 ', 8], trunk: '0' },
  { city: 'London', country: 'GB', prefix: '+44', national: ['020 ', 8], trunk: '0' },
  { city: 'Amsterdam', country: 'NL', prefix: '+31', national: ['020 ', 7], trunk: '0' },
  { city: 'Paris', country: 'FR', prefix: '+33', national: ['06 ', 8], trunk: '0' },
  { city: 'New York', country: 'US', prefix: '+1', national: ['212 ', 7], trunk: '' },
] as const;
const SKILLS = [
  'typescript', 'javascript', 'react', 'node', 'postgresql', 'mysql', 'python', 'django', 'go', 'kubernetes', 'docker', 'aws',
  'terraform', 'java', 'spring', 'kotlin', 'swift', 'graphql', 'css', 'figma', 'sql', 'excel', 'sap', 'salesforce',
];
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'web.de', 'icloud.com'];

type Place = (typeof PLACES)[number];
type Person = { first: string; last: string; middle: string | null; place: Place; digits: string; skills: string[]; email: string };

export function generateDuplicatePairs(seed = 14, trueCount = 240, falseCount = 240): LabelledPair[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const digitsOf = (count: number) => Array.from({ length: count }, (_, i) => String(i === 0 ? 2 + Math.floor(next() * 7) : Math.floor(next() * 10))).join('');
  const plain = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').replaceAll('ø', 'o').replaceAll('Ł', 'L').toLowerCase().replaceAll(' ', '');
  const skillsOf = (count: number) => [...new Set(Array.from({ length: count }, () => pick(SKILLS)))];

  function person(place: Place = pick(PLACES), first = pick(FIRST_NAMES), last = pick(SURNAMES)): Person {
    const style = Math.floor(next() * 3);
    const local = style === 0 ? `${plain(first)}.${plain(last)}` : style === 1 ? `${plain(first)[0]}${plain(last)}` : `${plain(first)}${plain(last)}${Math.floor(next() * 90 + 10)}`;
    return { first, last, middle: chance(0.15) ? pick(FIRST_NAMES) : null, place, digits: digitsOf(place.national[1]), skills: skillsOf(3 + Math.floor(next() * 5)), email: `${local}@${pick(DOMAINS)}` };
  }
  const nameOf = (p: Person) => [p.first, p.middle, p.last].filter(Boolean).join(' ');
  const phoneAsTyped = (p: Person) => `${p.place.national[0]}${p.digits.slice(0, 4)} ${p.digits.slice(4)}`;
  const phoneInternational = (p: Person) => `${p.place.prefix} ${p.place.national[0].slice(p.place.trunk.length)}${p.digits}`;
  const phoneDotted = (p: Person) => `${p.place.prefix.replace('+', '00')}.${p.place.national[0].trim().slice(p.place.trunk.length)}.${p.digits}`;
  const profileOf = (p: Person, overrides: Partial<DuplicateProfile> = {}): DuplicateProfile => ({
    fullName: nameOf(p),
    email: p.email,
    phone: phoneAsTyped(p),
    country: p.place.country,
    city: p.place.city,
    skills: p.skills,
    ...overrides,
  });

  function typo(word: string): string {
    const letters = Array.from(word);
    if (letters.length < 3) return word + pick(['h', 'e', 'a']);
    const at = 1 + Math.floor(next() * (letters.length - 1));
    switch (Math.floor(next() * 4)) {
      case 0:
        letters.splice(at, 1);
        break;
      case 1:
        letters.splice(at, 0, pick(['a', 'e', 'i', 'n', 'r', 's', 'l']));
        break;
      case 2:
        letters[at] = pick(['a', 'e', 'i', 'o', 'n', 'r', 't']);
        break;
      default:
        if (at < letters.length - 1) [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
        else letters.splice(at, 1);
    }
    return letters.join('');
  }

  const pairs: LabelledPair[] = [];
  for (let i = 0; i < trueCount; i++) {
    const original = person();
    const variants: string[] = [];
    // The name as typed the second time.
    let name = nameOf(original);
    const nameSlip = next();
    if (nameSlip < 0.3) {
      variants.push('typo');
      name = chance(0.5) ? [original.first, original.middle, typo(original.last)].filter(Boolean).join(' ') : [typo(original.first), original.middle, original.last].filter(Boolean).join(' ');
    } else if (nameSlip < 0.5) {
      variants.push('swapped names');
      name = [original.last, original.first].join(' ');
    } else if (nameSlip < 0.62) {
      variants.push('accents dropped, case');
      name = plain(original.first).toUpperCase() + ' ' + original.last.normalize('NFD').replace(/\p{M}+/gu, '');
    } else if (nameSlip < 0.72) {
      variants.push(original.middle ? 'middle name dropped' : 'middle name added');
      name = original.middle ? `${original.first} ${original.last}` : `${original.first} ${pick(FIRST_NAMES)} ${original.last}`;
    } else if (nameSlip < 0.8) {
      variants.push('swapped names with a typo');
      name = [typo(original.last), original.first].join(' ');
    }
    // The e-mail.
    let email = original.email;
    const emailSlip = next();
    if (emailSlip < 0.3) {
      variants.push('e-mail case and spaces');
      email = `  ${email.charAt(0).toUpperCase()}${email.slice(1).replace(/@.*/, (d) => d.toUpperCase())} `;
    } else if (emailSlip < 0.4 && email.endsWith('@gmail.com')) {
      variants.push('gmail alias');
      email = email.replace('.', '').replace('@', '+jobs@');
    } else if (emailSlip < 0.7) {
      variants.push('another e-mail');
      email = `${plain(original.first)}.${plain(original.last)}@${pick(['acme.io', 'work.example', 'corp.example'])}`;
      if (email === original.email) email = `x${email}`;
    }
    // The phone.
    let phone: string | null = phoneAsTyped(original);
    let firstPhone: string | null = phoneAsTyped(original);
    const phoneSlip = next();
    if (phoneSlip < 0.25) {
      variants.push('phone in international format');
      phone = phoneInternational(original);
    } else if (phoneSlip < 0.45) {
      variants.push('phone with 00 and dots');
      phone = phoneDotted(original);
    } else if (phoneSlip < 0.7) {
      variants.push('phone missing');
      phone = null;
    } else if (phoneSlip < 0.8) {
      variants.push('no phone on either');
      phone = null;
      firstPhone = null;
    } else if (phoneSlip < 0.86) {
      variants.push('a new phone number');
      phone = phoneAsTyped({ ...original, digits: digitsOf(original.place.national[1]) });
    }
    // The city and skills.
    let city: string | null = original.place.city;
    const citySlip = next();
    if (citySlip < 0.1) {
      variants.push('city in other case and accents');
      city = city.normalize('NFD').replace(/\p{M}+/gu, '').toUpperCase();
    } else if (citySlip < 0.16) {
      variants.push('city missing');
      city = null;
    }
    const kept = original.skills.filter(() => chance(0.75));
    const skills = [...new Set([...(kept.length > 0 ? kept : original.skills.slice(0, 1)), ...(chance(0.3) ? [pick(SKILLS)] : [])])];
    pairs.push({
      a: profileOf(original, { phone: firstPhone }),
      b: { fullName: name, email, phone, country: original.place.country, city, skills },
      isDuplicate: true,
      variant: variants.join(', ') || 'exact copy',
    });
  }

  for (let i = 0; i < falseCount; i++) {
    const a = person();
    const kind = i % 4;
    // Another person in the same city, sharing skills, and sharing a first name, a surname, or a near surname.
    let b: Person;
    let variant: string;
    do {
      if (kind === 0) {
        variant = 'same first name, same city';
        b = person(a.place, a.first);
      } else if (kind === 1) {
        variant = 'same surname, same city';
        b = person(a.place, pick(FIRST_NAMES), a.last);
      } else if (kind === 2) {
        variant = 'common first name, similar surname, same city';
        const near = SURNAMES.filter((s) => s !== a.last && plain(s) !== plain(a.last) && plain(s).slice(0, 2) === plain(a.last).slice(0, 2));
        b = person(a.place, a.first, near.length > 0 ? pick(near) : pick(SURNAMES));
      } else {
        variant = 'same city, many shared skills';
        b = person(a.place);
      }
    } while (plain(nameOf(b)) === plain(nameOf(a)) || b.email === a.email || plain(b.first + b.last) === plain(a.first + a.last));
    b.skills = [...new Set([...a.skills.slice(0, 2 + Math.floor(next() * 3)), ...b.skills])];
    pairs.push({ a: profileOf(a), b: profileOf(b, chance(0.3) ? { phone: null } : {}), isDuplicate: false, variant });
  }
  return pairs;
}

/** Recall (true pairs found) and false-alarm rate (non-pairs flagged) of a detector on a labelled set. */
export function measureDetector(pairs: readonly LabelledPair[], isFlagged: (pair: LabelledPair) => boolean) {
  const truePairs = pairs.filter((pair) => pair.isDuplicate);
  const nonPairs = pairs.filter((pair) => !pair.isDuplicate);
  const missed = truePairs.filter((pair) => !isFlagged(pair));
  const falseAlarms = nonPairs.filter((pair) => isFlagged(pair));
  return {
    pairs: pairs.length,
    recall: (truePairs.length - missed.length) / truePairs.length,
    falseAlarmRate: falseAlarms.length / nonPairs.length,
    missed,
    falseAlarms,
  };
}
