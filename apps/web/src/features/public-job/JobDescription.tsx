/**
 * A job's description as the agency wrote it: plain text, paragraphs split at blank lines, line breaks kept. React
 * escapes every character, so a description holding markup shows it as text and never runs it.
 */
export function JobDescription({ text, className = 'job-description' }: { text: string; className?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return <p className={`${className} job-description--empty`}>The agency has not written a description yet.</p>;
  return (
    <div className={className}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
