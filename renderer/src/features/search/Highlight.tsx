// Text with the matching words marked. Built as React nodes from plain strings, never as HTML,
// so whatever a client wrote is shown exactly as text.
import { highlightParts } from '../../../../shared/domain/search';

export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  const parts = highlightParts(text, terms);
  return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>;
}
