import { useId } from 'preact/hooks';
import type { ArticleFields as Fields } from '../../lib/add-page/review-state';
import type { ExtractedArticle } from '../../lib/extract/extract-article';
import { formatSourceDate } from '../../lib/query/format-source-date';
import { safeHttpUrl } from '../../lib/query/safe-http-url';

export interface ArticleFieldsProps {
  fields: Fields;
  extracted: ExtractedArticle;
  /** Why the title cannot be saved as it is, if it cannot. */
  titleProblem?: string;
  onChange(patch: Partial<Fields>): void;
}

const NOT_GIVEN = 'Not given by the page';

/** The article's metadata as the reader corrects it: title, site and author editable; date and address as read. */
export function ArticleFields({ fields, extracted, titleProblem, onChange }: ArticleFieldsProps) {
  const baseId = useId();
  const id = (part: string) => `${baseId}-${part}`;
  const href = safeHttpUrl(extracted.canonicalUrl) ?? safeHttpUrl(extracted.url);
  const field = (name: keyof Fields, label: string) => (
    <div class="bs-field">
      <label for={id(name)}>{label}</label>
      <input
        id={id(name)}
        class="bs-input"
        type="text"
        value={fields[name]}
        placeholder={name === 'title' ? undefined : NOT_GIVEN}
        required={name === 'title'}
        aria-invalid={name === 'title' && titleProblem ? 'true' : undefined}
        aria-describedby={name === 'title' && titleProblem ? id('title-problem') : undefined}
        onInput={(event) => onChange({ [name]: event.currentTarget.value })}
      />
      {name === 'title' && titleProblem ? (
        <span id={id('title-problem')} class="bs-field__problem">
          {titleProblem}
        </span>
      ) : null}
    </div>
  );
  return (
    <fieldset class="bs-review__article">
      <legend>The article</legend>
      {field('title', 'Title')}
      {field('site', 'Site')}
      {field('author', 'Author')}
      <dl class="bs-review__facts">
        <dt>Date</dt>
        <dd>{extracted.publishedAt ? formatSourceDate(extracted.publishedAt) : NOT_GIVEN}</dd>
        <dt>Address</dt>
        <dd>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {href}
            </a>
          ) : (
            extracted.url
          )}
        </dd>
      </dl>
    </fieldset>
  );
}
