// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useReducer } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddPageReview, type AddPageReviewProps } from '../../../components/add-page/add-page-review';
import { initialReviewState, reviewReducer, type ReviewAction, type ReviewState } from '../../../lib/add-page/review-state';
import { toReviewedArticle } from '../../../lib/add-page/to-reviewed-article';
import { ReviewedArticle } from '../../../lib/reviewed-article';
import { MOU_ARTICLE, MOU_DATASET, MOU_EXTRACTION } from './mou-fixture';

/** The review as the side panel holds it: the component's actions go through the real reducer. */
function renderAddPageReview(props: Partial<AddPageReviewProps> = {}, start: ReviewState = initialReviewState(MOU_ARTICLE, MOU_EXTRACTION)) {
  const onAction = vi.fn<(action: ReviewAction) => void>();
  const onSave = vi.fn();
  const onCancel = vi.fn();
  const latest: { state: ReviewState } = { state: start };
  function Harness() {
    const [state, dispatch] = useReducer(reviewReducer, start);
    latest.state = state;
    return (
      <AddPageReview
        review={state}
        dataset={MOU_DATASET}
        onAction={(action) => {
          onAction(action);
          dispatch(action);
        }}
        onSave={onSave}
        onCancel={onCancel}
        {...props}
      />
    );
  }
  render(<Harness />);
  return { onAction, onSave, onCancel, latest };
}

const group = (name: RegExp) => screen.getByRole('region', { name });
const saveButton = () => screen.getByRole('button', { name: /^Save/ }) as HTMLButtonElement;

afterEach(cleanup);

describe('AddPageReview', () => {
  it('shows the article metadata as labelled, editable fields', () => {
    const { onAction } = renderAddPageReview();
    const article = screen.getByRole('group', { name: 'The article' });
    expect((within(article).getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe(MOU_ARTICLE.title);
    expect((within(article).getByRole('textbox', { name: 'Site' }) as HTMLInputElement).value).toBe('Harbour Science News');
    const author = within(article).getByRole('textbox', { name: 'Author' }) as HTMLInputElement;
    fireEvent.input(author, { target: { value: 'M. Lindqvist' } });
    expect(onAction).toHaveBeenLastCalledWith({ type: 'editArticle', patch: { author: 'M. Lindqvist' } });
    expect(author.value).toBe('M. Lindqvist');
    expect(within(article).getByText('5 March 2025')).toBeTruthy();
    // Tracking parameters and all, the address links only because it is http(s).
    expect(within(article).getByRole('link').getAttribute('href')).toBe(MOU_ARTICLE.url);
  });

  it('groups candidates into new, already known and agreements, each with its evidence quoted', () => {
    renderAddPageReview();
    const fresh = group(/^New organisations and people/);
    expect(within(fresh).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'Azores Centre for Ocean Data',
      'Ana Ferreira',
      'Tromsø Polar Data Office',
    ]);
    expect(within(fresh).getByText('New organisation, saved as org:azores-centre-for-ocean-data.')).toBeTruthy();
    expect([...fresh.querySelectorAll('blockquote')].map((quote) => quote.textContent)).toEqual(MOU_EXTRACTION.entities.slice(1).map((e) => e.evidence));
    const known = group(/^Already known/);
    expect(within(known).getByRole('checkbox', { name: 'Nordic Institute for Marine Robotics' })).toBeTruthy();
    expect(within(known).getByText(/^Already in your dataset as Nordic Institute for Marine Robotics/)).toBeTruthy();
    const agreements = group(/^Agreements/);
    const mou = within(agreements).getByRole('checkbox', { name: 'NIMR–Azores Centre for Ocean Data memorandum of understanding' }) as HTMLInputElement;
    expect(mou.checked).toBe(true);
    expect(within(agreements).getByText('Memorandum of understanding')).toBeTruthy();
    expect(within(agreements).getByText(/^Ana Ferreira for Azores Centre for Ocean Data$/)).toBeTruthy();
    expect(agreements.querySelector('blockquote')?.textContent).toBe(MOU_EXTRACTION.agreements[0]!.evidence);
  });

  it('has a save button whose name starts with "Save" and counts what will be saved', () => {
    const { onSave, onCancel } = renderAddPageReview();
    expect(saveButton().textContent).toBe('Save 5 to your dataset');
    expect(screen.getByRole('status').textContent).toBe('3 new organisations and people, 1 already known, 1 agreement.');
    fireEvent.click(saveButton());
    expect(onSave).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('drops a candidate with its toggle, and the agreement that needed it says why', () => {
    const { onAction } = renderAddPageReview();
    const azores = screen.getByRole('checkbox', { name: 'Azores Centre for Ocean Data' }) as HTMLInputElement;
    fireEvent.click(azores);
    expect(onAction).toHaveBeenCalledWith({ type: 'drop', key: 'org:azores-centre-for-ocean-data' });
    expect(azores.checked).toBe(false);
    expect(azores.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(azores.getAttribute('aria-describedby')!)?.textContent).toBe('Dropped: it will not be saved.');
    const mou = screen.getByRole('checkbox', { name: /memorandum of understanding$/ });
    expect(document.getElementById(mou.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Not saved: an agreement needs two parties, and Azores Centre for Ocean Data was dropped.',
    );
    expect(within(group(/^Agreements/)).getByText(/Azores Centre for Ocean Data \(dropped\)/)).toBeTruthy();
    expect(saveButton().textContent).toBe('Save 3 to your dataset');
    fireEvent.click(azores);
    expect(saveButton().textContent).toBe('Save 5 to your dataset');
  });

  it('merges a candidate into a suggested known entity through its select, and undoes it', () => {
    const { onAction, latest } = renderAddPageReview();
    const select = screen.getByRole('combobox', { name: 'Same as' }) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual(['No one known: keep it as new', 'Tromso Polar Data Office (88% alike)']);
    fireEvent.change(select, { target: { value: 'org:tromso-polar-data-office' } });
    expect(onAction).toHaveBeenLastCalledWith({ type: 'merge', key: 'org:tromsø-polar-data-office', into: 'org:tromso-polar-data-office' });
    expect(screen.getByText('Will join Tromso Polar Data Office; “Tromsø Polar Data Office” becomes one of its names.')).toBeTruthy();
    // A merged candidate is not edited as a new one.
    expect(screen.queryByRole('button', { name: 'Edit Tromsø Polar Data Office' })).toBeNull();
    expect(ReviewedArticle.parse(toReviewedArticle(latest.state, MOU_DATASET, new Date())).entities.at(-1)).toMatchObject({ action: 'merge' });
    fireEvent.change(select, { target: { value: '' } });
    expect(onAction).toHaveBeenLastCalledWith({ type: 'unmerge', key: 'org:tromsø-polar-data-office' });
    expect(screen.getByText('New organisation, saved as org:tromso-polar-data-office-2.')).toBeTruthy();
  });

  it('edits a candidate from the keyboard: the form opens focused, applies edits, and Escape returns to Edit', async () => {
    const { onAction, latest } = renderAddPageReview();
    const edit = screen.getByRole('button', { name: 'Edit Azores Centre for Ocean Data' });
    expect(edit.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(edit);
    expect(edit.getAttribute('aria-expanded')).toBe('true');
    const form = screen.getByRole('form', { name: 'Edit Azores Centre for Ocean Data' });
    expect(edit.getAttribute('aria-controls')).toBe(form.parentElement?.id);
    const name = within(form).getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    expect(document.activeElement).toBe(name);
    fireEvent.input(name, { target: { value: 'Azores Ocean Data Centre' } });
    fireEvent.click(within(form).getByRole('radio', { name: 'Person' }));
    fireEvent.click(within(form).getByRole('radio', { name: 'Organisation' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add another name' }));
    const alias = within(form).getByRole('textbox', { name: 'Other name 1' }) as HTMLInputElement;
    expect(document.activeElement).toBe(alias);
    fireEvent.input(alias, { target: { value: 'AODC' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Strength of other name 1' }), { target: { value: 'weak' } });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Description' }), { target: { value: 'Regional ocean data centre' } });
    expect(latest.state.entities[1]).toMatchObject({
      name: 'Azores Ocean Data Centre',
      kind: 'org',
      aliases: [{ text: 'AODC', strength: 'weak' }],
      description: 'Regional ocean data centre',
    });
    expect(onAction).toHaveBeenCalledWith({ type: 'edit', key: 'org:azores-centre-for-ocean-data', patch: { kind: 'person' } });
    fireEvent.keyDown(name, { key: 'Escape' });
    expect(screen.queryByRole('form')).toBeNull();
    await Promise.resolve();
    expect(document.activeElement?.textContent).toBe('Edit Azores Ocean Data Centre');
    expect(screen.getByText('New organisation, saved as org:azores-ocean-data-centre.')).toBeTruthy();
  });

  it('closes the form with Enter (submit) and removes an alias, keeping focus in the list', async () => {
    renderAddPageReview();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Ana Ferreira' }));
    const form = screen.getByRole('form', { name: 'Edit Ana Ferreira' });
    expect((within(form).getByRole('textbox', { name: 'Other name 1' }) as HTMLInputElement).value).toBe('Ferreira');
    expect((within(form).getByRole('combobox', { name: 'Strength of other name 1' }) as HTMLSelectElement).value).toBe('weak');
    fireEvent.click(within(form).getByRole('button', { name: 'Remove other name 1' }));
    expect(within(form).queryByRole('textbox', { name: 'Other name 1' })).toBeNull();
    expect(document.activeElement).toBe(within(form).getByRole('button', { name: 'Add another name' }));
    fireEvent.submit(form);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('blocks saving while a new entity has no name or the title is empty, and says why', () => {
    renderAddPageReview();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Ana Ferreira' }));
    const name = within(screen.getByRole('form')).getByRole('textbox', { name: 'Name' });
    fireEvent.input(name, { target: { value: '' } });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe('A person has no name: give it one or drop it.');
    expect(saveButton().disabled).toBe(true);
    const title = screen.getByRole('textbox', { name: 'Title' });
    fireEvent.input(title, { target: { value: ' ' } });
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(within(screen.getByRole('list', { name: 'Before saving' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'The article needs a title.',
      'A person has no name: give it one or drop it.',
    ]);
  });

  it('shows a failed save as an alert and says it is saving while it saves', () => {
    renderAddPageReview({ error: 'Nothing was saved: storage is full. Your review is kept, so you can try again.', saving: true });
    expect(screen.getByRole('alert').textContent).toBe('Nothing was saved: storage is full. Your review is kept, so you can try again.');
    expect(screen.getByRole('status').textContent).toBe('Saving to your dataset…');
    expect(saveButton().disabled).toBe(true);
  });

  it('shows page text as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.pwned=1">Ocean MoU';
    const state = initialReviewState(
      { ...MOU_ARTICLE, title: hostile, author: '<b>Marta</b>' },
      { ...MOU_EXTRACTION, entities: [{ ...MOU_EXTRACTION.entities[1]!, name: '<script>x()</script>Azores', evidence: '<img src=y onerror=alert(1)> signed.' }] },
    );
    renderAddPageReview({}, state);
    expect(document.querySelector('img, script, b')).toBeNull();
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe(hostile);
    expect(screen.getByRole('checkbox', { name: '<script>x()</script>Azores' })).toBeTruthy();
    expect(screen.getByText('<img src=y onerror=alert(1)> signed.')).toBeTruthy();
  });

  it('says when the page was added before and how many of its finds start unticked', () => {
    const earlier = { article: { id: 'article:mou', title: MOU_ARTICLE.title, text: MOU_ARTICLE.text }, agreements: [] };
    renderAddPageReview({}, initialReviewState(MOU_ARTICLE, MOU_EXTRACTION, earlier));
    expect(screen.getByText(/^You added this page before/).textContent).toBe(
      'You added this page before: its title, site and author are as you saved them, and the 4 names and agreements you left out then start unticked.',
    );
    expect((screen.getByRole('checkbox', { name: 'Azores Centre for Ocean Data' }) as HTMLInputElement).checked).toBe(false);
  });

  it('says why the article\'s author starts unticked', () => {
    const author = { key: 'person:marta-lindqvist', kind: 'person' as const, name: 'Marta Lindqvist', aliases: [], evidence: 'By Marta Lindqvist', mergeSuggestions: [] };
    renderAddPageReview({}, initialReviewState(MOU_ARTICLE, { ...MOU_EXTRACTION, entities: [...MOU_EXTRACTION.entities, author] }));
    expect((screen.getByRole('checkbox', { name: 'Marta Lindqvist' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('The article’s author: left out unless you tick it.')).toBeTruthy();
  });

  it('does not link an address that is not http(s)', () => {
    renderAddPageReview({}, initialReviewState({ ...MOU_ARTICLE, url: 'javascript:alert(1)' }, MOU_EXTRACTION));
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('javascript:alert(1)')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
  });
});
