import { describe, expect, it } from 'vitest';
import { generateDuplicatePairs, measureDetector } from '../../bench/generate-duplicate-pairs.ts';
import { foldText } from './fold-text.ts';
import { likelyDuplicateReasons } from './likely-duplicate-reasons.ts';
import { compareNames, nameSimilarity, typoDistance } from './name-similarity.ts';
import { mailboxOf, normalizeEmail } from './normalize-email.ts';
import { normalizePhone } from './normalize-phone.ts';
import { trigramSimilarity, trigramsOf } from './trigram-similarity.ts';

describe('phone normalisation', () => {
  it('reads national numbers in the candidate country and international ones as they say', () => {
    expect(normalizePhone('030 1234 5678', 'DE')).toBe('+493012345678');
    expect(normalizePhone('0049.30.12345678', 'DE')).toBe('+493012345678');
    expect(normalizePhone('+49 (30) 1234-5678', 'US')).toBe('+493012345678');
    expect(normalizePhone('(415) 555-0132', 'US')).toBe('+14155550132');
  });

  it('gives null for nothing, a half-typed number or text', () => {
    expect(normalizePhone('', 'DE')).toBeNull();
    expect(normalizePhone(null, 'DE')).toBeNull();
    expect(normalizePhone('12', 'DE')).toBeNull();
    expect(normalizePhone('call me', 'DE')).toBeNull();
  });
});

describe('e-mail normalisation', () => {
  it('stores addresses trimmed and lower-cased', () => {
    expect(normalizeEmail('  Ana.Lee@Example.COM ')).toBe('ana.lee@example.com');
  });

  it("reads Gmail's dots and +tags as the same mailbox, and nobody else's", () => {
    expect(mailboxOf('Ana.Lee+jobs@googlemail.com')).toBe('analee@gmail.com');
    expect(mailboxOf('ana.lee+jobs@example.com')).toBe('ana.lee+jobs@example.com');
  });
});

describe('name similarity', () => {
  it('folds accents and computes trigram similarity as pg_trgm does', () => {
    expect(foldText('José Müller-Łukasz')).toBe('jose muller-lukasz');
    expect([...trigramsOf('Ana')].sort()).toEqual(['  a', ' an', 'ana', 'na ']);
    // pg_trgm: similarity('ana lee', 'ana lea') = 6 shared of 10 distinct trigrams.
    expect(trigramSimilarity('Ana Lee', 'Ana Lea')).toBeCloseTo(0.6, 5);
    expect(trigramSimilarity('Lee Ana', 'Ana Lee')).toBe(1);
  });

  it('counts one slip of the fingers as one typo, a swap included', () => {
    expect(typoDistance('ana', 'aan')).toBe(1);
    expect(typoDistance('hansen', 'hassan')).toBe(2);
  });

  it('takes swapped names, dropped accents and a middle name for the same name, but not another surname', () => {
    expect(compareNames('Ana Lee', 'LEE Ana').weakestWord).toBe(1);
    expect(compareNames('Zoë Müller', 'Zoe Muller').weakestWord).toBe(1);
    expect(compareNames('Omar Li', 'Omar Jan Li')).toMatchObject({ weakestWord: 1, extraWords: 1 });
    expect(compareNames('Tom Hansen', 'Tom Hassan').weakestWord).toBeLessThan(0.75);
    expect(nameSimilarity('Sofia Weber', 'Soia Weber')).toBeGreaterThan(0.85);
  });
});

describe('likely duplicate reasons', () => {
  const ana = { fullName: 'Ana Lee', email: 'ana.lee@example.com', phone: '030 1234 5678', country: 'DE', city: 'Berlin', skills: ['ts', 'react', 'sql'] };

  it('names the same e-mail and the same phone, whatever their case and format', () => {
    const verdict = likelyDuplicateReasons(ana, { ...ana, fullName: 'Someone Else', email: ' ANA.LEE@example.com', phone: '+49 30 12345678', city: null, skills: [] });
    expect(verdict?.reasons.map((reason) => reason.text)).toEqual(['same e-mail', 'same phone']);
    expect(verdict?.score).toBeGreaterThan(0.95);
  });

  it('names a similar name in the same city with the skills in common', () => {
    const verdict = likelyDuplicateReasons(ana, { fullName: 'Lee Anna', email: 'a@work.example', phone: null, country: 'DE', city: 'berlin', skills: ['ts', 'react', 'sql', 'go'] });
    expect(verdict?.reasons).toEqual([{ kind: 'SIMILAR_NAME', text: 'similar name in the same city, 3 skills in common' }]);
  });

  it('does not take a namesake in another city, or a neighbour with another surname, for the same person', () => {
    expect(likelyDuplicateReasons(ana, { ...ana, email: 'x@example.com', phone: null, city: 'Hamburg' })).toBeNull();
    expect(likelyDuplicateReasons(ana, { ...ana, fullName: 'Ana Kim', email: 'x@example.com', phone: null })).toBeNull();
  });

  it('warns of the same name in the same city while the new profile has no skills yet', () => {
    const verdict = likelyDuplicateReasons({ fullName: 'Lee Ana', city: 'Berlin', country: 'DE' }, ana);
    expect(verdict?.reasons.map((reason) => reason.text)).toEqual(['same name in the same city']);
  });
});

describe('the duplicate benchmark set', () => {
  const pairs = generateDuplicatePairs();
  const result = measureDetector(pairs, (pair) => likelyDuplicateReasons(pair.a, pair.b) !== null);

  it('has at least 200 true pairs and 200 hard non-pairs, the same on every run', () => {
    expect(pairs.filter((pair) => pair.isDuplicate).length).toBeGreaterThanOrEqual(200);
    expect(pairs.filter((pair) => !pair.isDuplicate).length).toBeGreaterThanOrEqual(200);
    expect(generateDuplicatePairs()).toEqual(pairs);
  });

  it('finds at least 95 % of the true duplicates with at most 2 % false alarms', () => {
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.falseAlarmRate).toBeLessThanOrEqual(0.02);
  });
});
