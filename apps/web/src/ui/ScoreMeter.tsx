import './score-meter.css';

/** A 0–100 score as a bar with its number; screen readers hear "Match score, 82 out of 100". */
export function ScoreMeter({ score, label = 'Match score' }: { score: number; label?: string }) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  const band = value >= 75 ? 'high' : value >= 50 ? 'medium' : 'low';
  return (
    <div
      className={`score-meter score-meter--${band}`}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`${value} out of 100`}
    >
      <span className="score-meter__value">
        {value}
        <span className="score-meter__max">/100</span>
      </span>
      <span className="score-meter__track">
        <span className="score-meter__fill" style={{ width: `${value}%` }} />
      </span>
    </div>
  );
}
