import type { EvidenceView } from '../lib/query/agreement-view';
import { SourceCitation } from './source-citation';

/** A verbatim quote and where it comes from. Rendered as text, whatever the quote contains. */
export function EvidenceQuote({ evidence }: { evidence: EvidenceView }) {
  return (
    <figure class="bs-evidence">
      <blockquote class="bs-evidence__quote">{evidence.quote}</blockquote>
      <figcaption class="bs-evidence__source">
        {evidence.source ? <SourceCitation source={evidence.source} /> : '— from an article no longer in your dataset'}
      </figcaption>
    </figure>
  );
}
