/**
 * `npm run bench:duplicates -w @shortlist/domain`: duplicate detection's quality on the generated set.
 * Prints: BENCH duplicates recall=<0..1> false_alarm_rate=<0..1> pairs=<n> (and the misses and false alarms by kind).
 */
import { likelyDuplicateReasons } from '../src/duplicates/index.ts';
import { generateDuplicatePairs, measureDetector } from './generate-duplicate-pairs.ts';

const pairs = generateDuplicatePairs();
const result = measureDetector(pairs, (pair) => likelyDuplicateReasons(pair.a, pair.b) !== null);
function countBy(items: ReadonlyArray<{ variant: string }>): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.variant, (counts.get(item.variant) ?? 0) + 1);
  return [...counts].map(([variant, count]) => `${variant}: ${count}`).join('; ') || 'none';
}

console.log(`BENCH duplicates recall=${result.recall.toFixed(3)} false_alarm_rate=${result.falseAlarmRate.toFixed(3)} pairs=${result.pairs}`);
console.log(`  missed (${result.missed.length}): ${countBy(result.missed)}`);
console.log(`  false alarms (${result.falseAlarms.length}): ${countBy(result.falseAlarms)}`);
if (process.argv.includes('--verbose')) {
  for (const pair of [...result.missed, ...result.falseAlarms]) console.log(JSON.stringify(pair));
}
