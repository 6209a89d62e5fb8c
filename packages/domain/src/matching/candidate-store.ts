import type { SkillTaxonomy } from './build-taxonomy.ts';
import { internTimeZone, normalizeCity, type MatchContext } from './create-match-context.ts';
import { getTimeZoneOffset } from './get-time-zone-offset.ts';
import { EMPLOYMENT_TYPES, REMOTE_ORDER, SENIORITY_ORDER } from './scoring-rules.ts';
import type { CandidateProfile, EmploymentType } from './types.ts';

/**
 * One candidate's scalars share one 64-byte row (a cache line) of a single buffer, seen both as Int32Array and as
 * Float64Array: scoring a candidate touches one row and its packed skills, which keeps a scan over hundreds of
 * thousands of candidates memory-friendly.
 */
export const ROW_INTS = 16;
const ROW_FLOATS = 8;
/** Float64 fields: index row * 8 + F_*. NaN means null. */
export const F_MIN_SALARY = 0;
export const F_EARLIEST_START = 1;
export const F_YEARS_EXPERIENCE = 2;
/** Int32 fields: index row * 16 + I_*. */
export const I_SKILL_START = 6;
export const I_SKILL_COUNT = 7;
export const I_PREFERRED_START = 8;
export const I_PREFERRED_COUNT = 9;
/** seniority (bits 0-3) | remote preference (4-7) | relocates (8) | employment mask (12-19). */
export const I_FLAGS = 10;
export const I_COUNTRY = 11;
export const I_CURRENCY = 12;
export const I_CITY_KEY = 13;
export const I_TIME_ZONE = 14;
export const I_NOTICE = 15;

/** Packed skill: skill index (bits 0-15) | level (16-18) | last used year − 1900, or 0 for "now" (19-26). */
export const skillIndexOf = (packed: number) => packed & 0xffff;
export const levelOf = (packed: number) => (packed >>> 16) & 7;
/** The last-used year, or 0 when the skill is in use now. */
export const lastUsedYearOf = (packed: number) => {
  const code = (packed >>> 19) & 0xff;
  return code === 0 ? 0 : code + 1900;
};

type Growable = Int32Array | Uint8Array | Uint32Array | Float32Array;

function grow<T extends Growable>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}

/**
 * Candidates compiled for scoring. Skills live in an arena: a candidate's skills are the packed entries
 * skills[start .. start + count - 1]. `scoreMatch` compiles its one candidate into a store too, so the reference and
 * the index run the very same arithmetic.
 */
export class CandidateStore {
  capacity: number;
  /** Slots handed out so far (alive or freed). */
  length = 0;
  readonly ids: Array<string | undefined> = [];
  /** Released slots, reused first (read by the snapshot, candidate-snapshot.ts). */
  readonly freeSlots: number[] = [];

  ints: Int32Array;
  floats: Float64Array;
  alive: Uint8Array;
  city: Int32Array;
  target: Int32Array;

  arenaLength = 0;
  arenaWaste = 0;
  skills: Uint32Array;
  skillYears: Float32Array;

  preferredLength = 0;
  preferredWaste = 0;
  preferredCity: Int32Array;
  preferredKey: Int32Array;

  constructor(
    private readonly context: MatchContext,
    capacity = 16,
    arenaCapacity = capacity * 16,
  ) {
    this.capacity = capacity;
    const buffer = new ArrayBuffer(capacity * ROW_INTS * 4);
    this.ints = new Int32Array(buffer);
    this.floats = new Float64Array(buffer);
    this.alive = new Uint8Array(capacity);
    this.city = new Int32Array(capacity);
    this.target = new Int32Array(capacity);
    this.skills = new Uint32Array(arenaCapacity);
    this.skillYears = new Float32Array(arenaCapacity);
    this.preferredCity = new Int32Array(Math.max(4, capacity));
    this.preferredKey = new Int32Array(Math.max(4, capacity));
  }

  /** A slot for a new candidate: a freed one if any, else the next. */
  allocate(id: string): number {
    const slot = this.freeSlots.pop() ?? this.length++;
    if (slot >= this.capacity) this.growSlots(Math.max(16, Math.ceil(this.capacity * 1.25)));
    this.ids[slot] = id;
    this.alive[slot] = 1;
    this.ints[slot * ROW_INTS + I_SKILL_COUNT] = 0;
    this.ints[slot * ROW_INTS + I_PREFERRED_COUNT] = 0;
    return slot;
  }

  release(slot: number): void {
    const row = slot * ROW_INTS;
    this.alive[slot] = 0;
    this.ids[slot] = undefined;
    this.arenaWaste += this.ints[row + I_SKILL_COUNT]!;
    this.preferredWaste += this.ints[row + I_PREFERRED_COUNT]!;
    this.ints[row + I_SKILL_COUNT] = 0;
    this.ints[row + I_PREFERRED_COUNT] = 0;
    this.freeSlots.push(slot);
  }

  skillStart(slot: number): number {
    return this.ints[slot * ROW_INTS + I_SKILL_START]!;
  }

  skillCount(slot: number): number {
    return this.ints[slot * ROW_INTS + I_SKILL_COUNT]!;
  }

  flags(slot: number): number {
    return this.ints[slot * ROW_INTS + I_FLAGS]!;
  }

  /**
   * Writes a validated candidate into its slot. Skills are rewritten in place when they fit, else appended.
   * `skillIndexes`: the skills' taxonomy indexes as assertValidCandidate wrote them, else looked up here.
   */
  write(slot: number, candidate: CandidateProfile, taxonomy: SkillTaxonomy, skillIndexes?: Int32Array): void {
    const context = this.context;
    const ints = this.ints;
    const row = slot * ROW_INTS;
    const skills = candidate.skills;
    let start = ints[row + I_SKILL_START]!;
    const oldCount = ints[row + I_SKILL_COUNT]!;
    if (skills.length > oldCount) {
      this.arenaWaste += oldCount;
      if (this.arenaLength + skills.length > this.skills.length) this.growArena(skills.length);
      start = this.arenaLength;
      this.arenaLength += skills.length;
    } else {
      this.arenaWaste += oldCount - skills.length;
    }
    for (let i = 0; i < skills.length; i++) {
      const skill = skills[i]!;
      const lastUsed = skill.lastUsedYear === null ? 0 : skill.lastUsedYear - 1900;
      const index = skillIndexes ? skillIndexes[i]! : taxonomy.get(skill.skillId)!.index;
      this.skills[start + i] = index | (skill.level << 16) | (lastUsed << 19);
      this.skillYears[start + i] = skill.years;
    }
    ints[row + I_SKILL_START] = start;
    ints[row + I_SKILL_COUNT] = skills.length;

    const preferences = candidate.preferences;
    const locations = preferences.preferredLocations;
    let preferredStart = ints[row + I_PREFERRED_START]!;
    const oldPreferred = ints[row + I_PREFERRED_COUNT]!;
    if (locations.length > oldPreferred) {
      this.preferredWaste += oldPreferred;
      if (this.preferredLength + locations.length > this.preferredCity.length) this.growPreferred(locations.length);
      preferredStart = this.preferredLength;
      this.preferredLength += locations.length;
    } else {
      this.preferredWaste += oldPreferred - locations.length;
    }
    for (let i = 0; i < locations.length; i++) {
      this.preferredCity[preferredStart + i] = context.cities.intern(locations[i]!);
      this.preferredKey[preferredStart + i] = context.cityKeys.intern(normalizeCity(locations[i]!));
    }
    ints[row + I_PREFERRED_START] = preferredStart;
    ints[row + I_PREFERRED_COUNT] = locations.length;

    let employmentMask = 0;
    for (const type of preferences.employmentTypes) employmentMask |= 1 << EMPLOYMENT_TYPES.indexOf(type);
    ints[row + I_FLAGS] =
      SENIORITY_ORDER.indexOf(candidate.seniority) |
      (REMOTE_ORDER.indexOf(preferences.remotePreference) << 4) |
      ((preferences.willingToRelocate ? 1 : 0) << 8) |
      (employmentMask << 12);
    ints[row + I_COUNTRY] = context.countries.intern(candidate.country);
    ints[row + I_CURRENCY] = context.currencies.intern(preferences.currency);
    ints[row + I_CITY_KEY] = candidate.city === null ? -1 : context.cityKeys.intern(normalizeCity(candidate.city));
    ints[row + I_TIME_ZONE] = internTimeZone(context, candidate.timeZone, getTimeZoneOffset(candidate.timeZone, context.now)!);
    ints[row + I_NOTICE] = preferences.noticePeriodDays;
    const floatRow = slot * ROW_FLOATS;
    this.floats[floatRow + F_MIN_SALARY] = preferences.minSalary ?? Number.NaN;
    this.floats[floatRow + F_EARLIEST_START] = preferences.earliestStart === null ? Number.NaN : preferences.earliestStart.getTime();
    this.floats[floatRow + F_YEARS_EXPERIENCE] = candidate.yearsExperience;
    this.city[slot] = candidate.city === null ? -1 : context.cities.intern(candidate.city);
    this.target[slot] = preferences.targetOpportunities;
  }

  /** Rebuilds the profile held in a slot (skill years are kept to four decimals). */
  read(slot: number, taxonomy: SkillTaxonomy): CandidateProfile {
    const context = this.context;
    const ints = this.ints;
    const row = slot * ROW_INTS;
    const start = ints[row + I_SKILL_START]!;
    const skills: CandidateProfile['skills'] = [];
    for (let i = start; i < start + ints[row + I_SKILL_COUNT]!; i++) {
      const packed = this.skills[i]!;
      const lastUsed = lastUsedYearOf(packed);
      skills.push({
        skillId: taxonomy.skills[skillIndexOf(packed)]!.id,
        level: levelOf(packed),
        // Float32 storage; four decimals recover any realistic input (2.3 stays 2.3, not 2.2999999523).
        years: Math.round(this.skillYears[i]! * 1e4) / 1e4,
        lastUsedYear: lastUsed === 0 ? null : lastUsed,
      });
    }
    const preferredStart = ints[row + I_PREFERRED_START]!;
    const preferredLocations: string[] = [];
    for (let i = preferredStart; i < preferredStart + ints[row + I_PREFERRED_COUNT]!; i++) {
      preferredLocations.push(context.cities.values[this.preferredCity[i]!]!);
    }
    const flags = ints[row + I_FLAGS]!;
    const employmentTypes: EmploymentType[] = EMPLOYMENT_TYPES.filter((_, bit) => ((flags >>> 12) & (1 << bit)) !== 0);
    const floatRow = slot * ROW_FLOATS;
    const minSalary = this.floats[floatRow + F_MIN_SALARY]!;
    const earliestStart = this.floats[floatRow + F_EARLIEST_START]!;
    const city = this.city[slot]!;
    return {
      id: this.ids[slot]!,
      skills,
      yearsExperience: this.floats[floatRow + F_YEARS_EXPERIENCE]!,
      seniority: SENIORITY_ORDER[flags & 15]!,
      city: city < 0 ? null : context.cities.values[city]!,
      country: context.countries.values[ints[row + I_COUNTRY]!]!,
      timeZone: context.timeZones.values[ints[row + I_TIME_ZONE]!]!,
      preferences: {
        minSalary: Number.isNaN(minSalary) ? null : minSalary,
        currency: context.currencies.values[ints[row + I_CURRENCY]!]!,
        remotePreference: REMOTE_ORDER[(flags >>> 4) & 15]!,
        preferredLocations,
        willingToRelocate: ((flags >>> 8) & 1) === 1,
        employmentTypes,
        earliestStart: Number.isNaN(earliestStart) ? null : new Date(earliestStart),
        noticePeriodDays: ints[row + I_NOTICE]!,
        targetOpportunities: this.target[slot]!,
      },
    };
  }

  /** True when the candidate in `slot` holds the skill (by dense index). */
  hasSkill(slot: number, skill: number): boolean {
    const start = this.ints[slot * ROW_INTS + I_SKILL_START]!;
    const end = start + this.ints[slot * ROW_INTS + I_SKILL_COUNT]!;
    for (let i = start; i < end; i++) if ((this.skills[i]! & 0xffff) === skill) return true;
    return false;
  }

  /** The candidate's level of the skill (by dense index), or 0 when they do not have it. */
  skillLevel(slot: number, skill: number): number {
    const start = this.ints[slot * ROW_INTS + I_SKILL_START]!;
    const end = start + this.ints[slot * ROW_INTS + I_SKILL_COUNT]!;
    for (let i = start; i < end; i++) if ((this.skills[i]! & 0xffff) === skill) return (this.skills[i]! >>> 16) & 7;
    return 0;
  }

  /** Room for `length` preferred locations in all (a restored snapshot). */
  ensurePreferredCapacity(length: number): void {
    if (length <= this.preferredCity.length) return;
    this.preferredCity = grow(this.preferredCity, length);
    this.preferredKey = grow(this.preferredKey, length);
  }

  private growSlots(capacity: number): void {
    const buffer = new ArrayBuffer(capacity * ROW_INTS * 4);
    const ints = new Int32Array(buffer);
    ints.set(this.ints);
    this.ints = ints;
    this.floats = new Float64Array(buffer);
    this.capacity = capacity;
    this.alive = grow(this.alive, capacity);
    this.city = grow(this.city, capacity);
    this.target = grow(this.target, capacity);
  }

  /** Compacts when over half the arena is dead, else grows by a quarter (memory matters more than copies at 1M). */
  private growArena(needed: number): void {
    if (this.arenaWaste * 2 > this.arenaLength) {
      this.compactArena();
      if (this.arenaLength + needed <= this.skills.length) return;
    }
    const size = Math.max(this.arenaLength + needed, Math.ceil(this.skills.length * 1.25));
    this.skills = grow(this.skills, size);
    this.skillYears = grow(this.skillYears, size);
  }

  private compactArena(): void {
    const ints = this.ints;
    const order = Array.from({ length: this.length }, (_, slot) => slot).filter((slot) => ints[slot * ROW_INTS + I_SKILL_COUNT]! > 0);
    order.sort((a, b) => ints[a * ROW_INTS + I_SKILL_START]! - ints[b * ROW_INTS + I_SKILL_START]!);
    let write = 0;
    for (const slot of order) {
      const start = ints[slot * ROW_INTS + I_SKILL_START]!;
      const count = ints[slot * ROW_INTS + I_SKILL_COUNT]!;
      this.skills.copyWithin(write, start, start + count);
      this.skillYears.copyWithin(write, start, start + count);
      ints[slot * ROW_INTS + I_SKILL_START] = write;
      write += count;
    }
    this.arenaLength = write;
    this.arenaWaste = 0;
  }

  private growPreferred(needed: number): void {
    const ints = this.ints;
    if (this.preferredWaste * 2 > this.preferredLength) {
      const order = Array.from({ length: this.length }, (_, slot) => slot).filter((slot) => ints[slot * ROW_INTS + I_PREFERRED_COUNT]! > 0);
      order.sort((a, b) => ints[a * ROW_INTS + I_PREFERRED_START]! - ints[b * ROW_INTS + I_PREFERRED_START]!);
      let write = 0;
      for (const slot of order) {
        const start = ints[slot * ROW_INTS + I_PREFERRED_START]!;
        const count = ints[slot * ROW_INTS + I_PREFERRED_COUNT]!;
        this.preferredCity.copyWithin(write, start, start + count);
        this.preferredKey.copyWithin(write, start, start + count);
        ints[slot * ROW_INTS + I_PREFERRED_START] = write;
        write += count;
      }
      this.preferredLength = write;
      this.preferredWaste = 0;
      if (this.preferredLength + needed <= this.preferredCity.length) return;
    }
    const size = Math.max(this.preferredLength + needed, Math.ceil(this.preferredCity.length * 1.5));
    this.preferredCity = grow(this.preferredCity, size);
    this.preferredKey = grow(this.preferredKey, size);
  }
}
