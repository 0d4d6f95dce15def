// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type HoverCardProps } from '../../../components/hover-card';
import { entityCard, type EntityCardData } from '../../../lib/query/entity-card';
import { fixtureDataset } from '../query/fixture-dataset';

function renderHoverCard(props: Partial<HoverCardProps> & { card?: EntityCardData } = {}) {
  const onClose = vi.fn();
  const onOpenSidePanel = vi.fn();
  const card = props.card ?? entityCard(fixtureDataset, 'person:chan-heng-kee')!;
  const result = render(<HoverCard card={card} onClose={onClose} onOpenSidePanel={onOpenSidePanel} {...props} />);
  return { ...result, card, onClose, onOpenSidePanel, dialog: screen.getByRole('dialog') };
}

afterEach(cleanup);

describe('HoverCard', () => {
  it('is a dialog named by the entity, with its kind in words and a one-line description', () => {
    const { dialog } = renderHoverCard();
    expect(screen.getByRole('dialog', { name: 'Chan Heng Kee' })).toBe(dialog);
    expect(within(dialog).getByText('Person')).toBeTruthy();
    expect(within(dialog).getByText('Permanent Secretary (Defence), Ministry of Defence')).toBeTruthy();
  });

  it('lists agreements with type, date, counterparties and signatories', () => {
    const { dialog } = renderHoverCard();
    const item = within(within(dialog).getByRole('region', { name: 'Agreements' })).getAllByRole('listitem')[0]!;
    expect(item.textContent).toContain('France–Singapore defence AI joint laboratory');
    expect(item.textContent).toContain('Joint lab · 19 April (year not given)');
    expect(item.textContent).toContain('With Ministry of the Armed Forces');
    expect(item.textContent).toContain('Signed by Chan Heng Kee (for Ministry of Defence); Emmanuel Chiva (for Directorate General of Armaments)');
  });

  it('keeps the newest agreements first and says how many more are in the side panel', () => {
    const base = entityCard(fixtureDataset, 'org:mindef')!;
    const agreement = base.agreements[0]!;
    const card: EntityCardData = {
      ...base,
      agreements: ['2025', '2024', '2023', '2022'].map((year) => ({
        ...agreement,
        id: `agreement:a-${year}`,
        title: `Agreement of ${year}`,
        date: { text: year, sourceText: year, value: year, precision: 'year' as const },
      })),
    };
    const { dialog } = renderHoverCard({ card });
    const titles = within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.bs-card__agreement-title')?.textContent);
    expect(titles).toEqual(['Agreement of 2025', 'Agreement of 2024', 'Agreement of 2023']);
    expect(within(dialog).getByText('1 more agreement in the side panel')).toBeTruthy();
  });

  it('shows one evidence quote as a blockquote citing a linked source', () => {
    const { dialog, card } = renderHoverCard();
    const quote = dialog.querySelector('blockquote');
    expect(quote?.textContent).toBe(card.evidence?.quote);
    const link = within(dialog).getByRole('link', { name: 'France and Singapore to develop AI capabilities for cybersecurity' });
    expect(link.getAttribute('href')).toBe('https://news.example.com/2024/04/france-singapore-ai-joint-lab');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.closest('figcaption')?.textContent).toBe('— France and Singapore to develop AI capabilities for cybersecurity, Example Tech News');
  });

  it('cites a source without a web address as plain text with site and date', () => {
    const { dialog } = renderHoverCard({ card: entityCard(fixtureDataset, 'org:inria')! });
    expect(within(dialog).queryByRole('link')).toBeNull();
    expect(dialog.querySelector('figcaption')?.textContent).toBe(
      '— Russia makes a fresh attempt to get France to help it develop its AI research capacity, The Reference, 9 December 2021',
    );
  });

  it('renders page content as text and never links to a non-http(s) URL', () => {
    const base = entityCard(fixtureDataset, 'person:chan-heng-kee')!;
    const card: EntityCardData = {
      ...base,
      name: '<img src=x onerror=alert(1)>',
      evidence: { quote: '<b>bold</b>', source: { ...base.evidence!.source, url: 'javascript:alert(1)' } },
    };
    const { dialog } = renderHoverCard({ card });
    expect(dialog.querySelector('img, b')).toBeNull();
    expect(screen.getByRole('dialog', { name: '<img src=x onerror=alert(1)>' })).toBe(dialog);
    expect(dialog.querySelector('blockquote')?.textContent).toBe('<b>bold</b>');
    expect(within(dialog).queryByRole('link')).toBeNull();
  });

  it('says how many articles mention the entity', () => {
    renderHoverCard({ card: entityCard(fixtureDataset, 'org:cnrs')! });
    expect(screen.getByText('Mentioned in 2 articles')).toBeTruthy();
    cleanup();
    renderHoverCard();
    expect(screen.getByText('Mentioned in 1 article')).toBeTruthy();
  });

  it('opens the side panel from a button named by its words', () => {
    const { onOpenSidePanel } = renderHoverCard();
    fireEvent.click(screen.getByRole('button', { name: 'Open in side panel' }));
    expect(onOpenSidePanel).toHaveBeenCalledWith('person:chan-heng-kee');
  });

  it('closes on Escape from anywhere inside it, and can take focus itself', () => {
    const { onClose, dialog } = renderHoverCard();
    expect(dialog.tabIndex).toBe(-1);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Open in side panel' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(dialog, { key: 'Enter' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('omits the agreements section and the quote when there are none', () => {
    const base = entityCard(fixtureDataset, 'person:chan-heng-kee')!;
    const { dialog } = renderHoverCard({ card: { ...base, agreements: [], evidence: null } });
    expect(within(dialog).queryByRole('region', { name: 'Agreements' })).toBeNull();
    expect(dialog.querySelector('blockquote')).toBeNull();
  });
});
