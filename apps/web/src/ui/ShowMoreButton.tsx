/** Under a list with another page: fetches it, and says "Loading more…" (disabled) while it comes. */
export function ShowMoreButton({
  label = 'Show more',
  className = 'button button--secondary',
  isLoading,
  onClick,
}: {
  label?: string;
  className?: string;
  isLoading: boolean;
  onClick: () => void;
}) {
  return (
    <div className="results__more">
      <button type="button" className={className} onClick={onClick} disabled={isLoading}>
        {isLoading ? 'Loading more…' : label}
      </button>
    </div>
  );
}
