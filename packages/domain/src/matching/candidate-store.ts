import type { SkillTaxonomy } from './build-taxonomy.ts';
import { internTimeZone, normalizeCity, type MatchContext } from './create-match-context.ts';
import { getTimeZoneOffset } from './get-time-zone-offset.ts';
import { EMPLOYMENT_TYPES, REMOTE_ORDER, SENIORITY_ORDER } from './scoring-rules.ts';
import type { CandidateProfile, EmploymentType } from './types.ts';

type Growable = Int32Array | Uint8Array | Uint16Array | Int16Array | Float32Array | Float64Array;

function grow<T extends Growable>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}

/**
 * Candidates as columns of typed arrays (struct of arrays), so a scan touches a few compact arrays instead of
 * millions of objects. Skills live in an arena: a candidate's skills are the entries
 * skillStart[c] .. skillStart[c] + skillCount[c] - 1. `scoreMatch` compiles its one candidate into a store too, so
 * the reference and the index run the very same arithmetic.
 */
export class CandidateStore {
  capacity: number;
  /** Slots handed out so far (alive or freed). */
  length = 0;
  readonly ids: Array<string | undefined> = [];
  private readonly freeSlots: number[] = [];

  alive: Uint8Array;
  skillStart: Int32Array;
  skillCount: Uint8Array;
  yearsExperience: Float64Array;
  seniority: Uint8Array;
  country: Uint16Array;
  city: Int32Array;
  cityKey: Int32Array;
  timeZone: Uint16Array;
  minSalary: Float64Array;
  currency: Uint16Array;
  remote: Uint8Array;
  relocate: Uint8Array;
  preferredStart: Int32Array;
  preferredCount: Uint8Array;
  employmentMask: Uint8Array;
  earliestStart: Float64Array;
  notice: Int32Array;
  target: Int32Array;

  arenaLength = 0;
  arenaWaste = 0;
  arenaSkill: Uint16Array;
  arenaLevel: Uint8Array;
  arenaLastUsed: Int16Array;
  arenaYears: Float32Array;

  preferredLength = 0;
  preferredWaste = 0;
  preferredCity: Int32Array;
  preferredKey: Int32Array;

  constructor(
    private readonly context: MatchContext,
    capacity = 16,
  ) {
    this.capacity = capacity;
    this.alive = new Uint8Array(capacity);
    this.skillStart = new Int32Array(capacity);
    this.skillCount = new Uint8Array(capacity);
    this.yearsExperience = new Float64Array(capacity);
    this.seniority = new Uint8Array(capacity);
    this.country = new Uint16Array(capacity);
    this.city = new Int32Array(capacity);
    this.cityKey = new Int32Array(capacity);
    this.timeZone = new Uint16Array(capacity);
    this.minSalary = new Float64Array(capacity);
    this.currency = new Uint16Array(capacity);
    this.remote = new Uint8Array(capacity);
    this.relocate = new Uint8Array(capacity);
    this.preferredStart = new Int32Array(capacity);
    this.preferredCount = new Uint8Array(capacity);
    this.employmentMask = new Uint8Array(capacity);
    this.earliestStart = new Float64Array(capacity);
    this.notice = new Int32Array(capacity);
    this.target = new Int32Array(capacity);
    const arena = capacity * 16;
    this.arenaSkill = new Uint16Array(arena);
    this.arenaLevel = new Uint8Array(arena);
    this.arenaLastUsed = new Int16Array(arena);
    this.arenaYears = new Float32Array(arena);
    this.preferredCity = new Int32Array(capacity * 2);
    this.preferredKey = new Int32Array(capacity * 2);
  }

  /** A slot for a new candidate: a freed one if any, else the next. */
  allocate(id: string): number {
    const slot = this.freeSlots.pop() ?? this.length++;
    if (slot >= this.capacity) this.growSlots(Math.max(16, Math.ceil(this.capacity * 1.5)));
    this.ids[slot] = id;
    this.alive[slot] = 1;
    this.skillCount[slot] = 0;
    this.preferredCount[slot] = 0;
    return slot;
  }

  release(slot: number): void {
    this.alive[slot] = 0;
    this.ids[slot] = undefined;
    this.arenaWaste += this.skillCount[slot]!;
    this.preferredWaste += this.preferredCount[slot]!;
    this.skillCount[slot] = 0;
    this.preferredCount[slot] = 0;
    this.freeSlots.push(slot);
  }

  get aliveCount(): number {
    return this.length - this.freeSlots.length;
  }

  /** Writes a validated candidate into its slot. Skills are rewritten in place when they fit, else appended. */
  write(slot: number, candidate: CandidateProfile, taxonomy: SkillTaxonomy): void {
    const context = this.context;
    const skills = candidate.skills;
    let start = this.skillStart[slot]!;
    const oldCount = this.skillCount[slot]!;
    if (skills.length > oldCount) {
      this.arenaWaste += oldCount;
      if (this.arenaLength + skills.length > this.arenaSkill.length) this.growArena(skills.length);
      start = this.arenaLength;
      this.arenaLength += skills.length;
    } else {
      this.arenaWaste += oldCount - skills.length;
    }
    this.skillStart[slot] = start;
    this.skillCount[slot] = skills.length;
    for (let i = 0; i < skills.length; i++) {
      const skill = skills[i]!;
      this.arenaSkill[start + i] = taxonomy.get(skill.skillId)!.index;
      this.arenaLevel[start + i] = skill.level;
      this.arenaLastUsed[start + i] = skill.lastUsedYear ?? 0;
      this.arenaYears[start + i] = skill.years;
    }

    const preferences = candidate.preferences;
    const locations = preferences.preferredLocations;
    let preferredStart = this.preferredStart[slot]!;
    const oldPreferred = this.preferredCount[slot]!;
    if (locations.length > oldPreferred) {
      this.preferredWaste += oldPreferred;
      if (this.preferredLength + locations.length > this.preferredCity.length) this.growPreferred(locations.length);
      preferredStart = this.preferredLength;
      this.preferredLength += locations.length;
    } else {
      this.preferredWaste += oldPreferred - locations.length;
    }
    this.preferredStart[slot] = preferredStart;
    this.preferredCount[slot] = locations.length;
    for (let i = 0; i < locations.length; i++) {
      this.preferredCity[preferredStart + i] = context.cities.intern(locations[i]!);
      this.preferredKey[preferredStart + i] = context.cityKeys.intern(normalizeCity(locations[i]!));
    }

    this.yearsExperience[slot] = candidate.yearsExperience;
    this.seniority[slot] = SENIORITY_ORDER.indexOf(candidate.seniority);
    this.country[slot] = context.countries.intern(candidate.country);
    this.city[slot] = candidate.city === null ? -1 : context.cities.intern(candidate.city);
    this.cityKey[slot] = candidate.city === null ? -1 : context.cityKeys.intern(normalizeCity(candidate.city));
    this.timeZone[slot] = internTimeZone(context, candidate.timeZone, getTimeZoneOffset(candidate.timeZone, context.now)!);
    this.minSalary[slot] = preferences.minSalary ?? Number.NaN;
    this.currency[slot] = context.currencies.intern(preferences.currency);
    this.remote[slot] = REMOTE_ORDER.indexOf(preferences.remotePreference);
    this.relocate[slot] = preferences.willingToRelocate ? 1 : 0;
    let mask = 0;
    for (const type of preferences.employmentTypes) mask |= 1 << EMPLOYMENT_TYPES.indexOf(type);
    this.employmentMask[slot] = mask;
    this.earliestStart[slot] = preferences.earliestStart === null ? Number.NaN : preferences.earliestStart.getTime();
    this.notice[slot] = preferences.noticePeriodDays;
    this.target[slot] = preferences.targetOpportunities;
  }

  /** Rebuilds the profile held in a slot (skill years are kept at float32 precision). */
  read(slot: number, taxonomy: SkillTaxonomy): CandidateProfile {
    const context = this.context;
    const start = this.skillStart[slot]!;
    const skills: CandidateProfile['skills'] = [];
    for (let i = start; i < start + this.skillCount[slot]!; i++) {
      const lastUsed = this.arenaLastUsed[i]!;
      skills.push({
        skillId: taxonomy.skills[this.arenaSkill[i]!]!.id,
        level: this.arenaLevel[i]!,
        years: this.arenaYears[i]!,
        lastUsedYear: lastUsed === 0 ? null : lastUsed,
      });
    }
    const preferredStart = this.preferredStart[slot]!;
    const preferredLocations: string[] = [];
    for (let i = preferredStart; i < preferredStart + this.preferredCount[slot]!; i++) {
      preferredLocations.push(context.cities.values[this.preferredCity[i]!]!);
    }
    const employmentTypes: EmploymentType[] = EMPLOYMENT_TYPES.filter((_, bit) => (this.employmentMask[slot]! & (1 << bit)) !== 0);
    const minSalary = this.minSalary[slot]!;
    const earliestStart = this.earliestStart[slot]!;
    const city = this.city[slot]!;
    return {
      id: this.ids[slot]!,
      skills,
      yearsExperience: this.yearsExperience[slot]!,
      seniority: SENIORITY_ORDER[this.seniority[slot]!]!,
      city: city < 0 ? null : context.cities.values[city]!,
      country: context.countries.values[this.country[slot]!]!,
      timeZone: context.timeZones.values[this.timeZone[slot]!]!,
      preferences: {
        minSalary: Number.isNaN(minSalary) ? null : minSalary,
        currency: context.currencies.values[this.currency[slot]!]!,
        remotePreference: REMOTE_ORDER[this.remote[slot]!]!,
        preferredLocations,
        willingToRelocate: this.relocate[slot] === 1,
        employmentTypes,
        earliestStart: Number.isNaN(earliestStart) ? null : new Date(earliestStart),
        noticePeriodDays: this.notice[slot]!,
        targetOpportunities: this.target[slot]!,
      },
    };
  }

  /** True when the candidate in `slot` holds the skill (by dense index). */
  hasSkill(slot: number, skill: number): boolean {
    const start = this.skillStart[slot]!;
    const end = start + this.skillCount[slot]!;
    for (let i = start; i < end; i++) if (this.arenaSkill[i] === skill) return true;
    return false;
  }

  private growSlots(capacity: number): void {
    this.capacity = capacity;
    this.alive = grow(this.alive, capacity);
    this.skillStart = grow(this.skillStart, capacity);
    this.skillCount = grow(this.skillCount, capacity);
    this.yearsExperience = grow(this.yearsExperience, capacity);
    this.seniority = grow(this.seniority, capacity);
    this.country = grow(this.country, capacity);
    this.city = grow(this.city, capacity);
    this.cityKey = grow(this.cityKey, capacity);
    this.timeZone = grow(this.timeZone, capacity);
    this.minSalary = grow(this.minSalary, capacity);
    this.currency = grow(this.currency, capacity);
    this.remote = grow(this.remote, capacity);
    this.relocate = grow(this.relocate, capacity);
    this.preferredStart = grow(this.preferredStart, capacity);
    this.preferredCount = grow(this.preferredCount, capacity);
    this.employmentMask = grow(this.employmentMask, capacity);
    this.earliestStart = grow(this.earliestStart, capacity);
    this.notice = grow(this.notice, capacity);
    this.target = grow(this.target, capacity);
  }

  /** Compacts when over half the arena is dead, else grows by half. */
  private growArena(needed: number): void {
    if (this.arenaWaste * 2 > this.arenaLength) {
      this.compactArena();
      if (this.arenaLength + needed <= this.arenaSkill.length) return;
    }
    const size = Math.max(this.arenaLength + needed, Math.ceil(this.arenaSkill.length * 1.5));
    this.arenaSkill = grow(this.arenaSkill, size);
    this.arenaLevel = grow(this.arenaLevel, size);
    this.arenaLastUsed = grow(this.arenaLastUsed, size);
    this.arenaYears = grow(this.arenaYears, size);
  }

  private compactArena(): void {
    let write = 0;
    const order = Array.from({ length: this.length }, (_, slot) => slot).filter((slot) => this.skillCount[slot]! > 0);
    order.sort((a, b) => this.skillStart[a]! - this.skillStart[b]!);
    for (const slot of order) {
      const start = this.skillStart[slot]!;
      const count = this.skillCount[slot]!;
      this.arenaSkill.copyWithin(write, start, start + count);
      this.arenaLevel.copyWithin(write, start, start + count);
      this.arenaLastUsed.copyWithin(write, start, start + count);
      this.arenaYears.copyWithin(write, start, start + count);
      this.skillStart[slot] = write;
      write += count;
    }
    this.arenaLength = write;
    this.arenaWaste = 0;
  }

  private growPreferred(needed: number): void {
    if (this.preferredWaste * 2 > this.preferredLength) {
      let write = 0;
      const order = Array.from({ length: this.length }, (_, slot) => slot).filter((slot) => this.preferredCount[slot]! > 0);
      order.sort((a, b) => this.preferredStart[a]! - this.preferredStart[b]!);
      for (const slot of order) {
        const start = this.preferredStart[slot]!;
        const count = this.preferredCount[slot]!;
        this.preferredCity.copyWithin(write, start, start + count);
        this.preferredKey.copyWithin(write, start, start + count);
        this.preferredStart[slot] = write;
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
