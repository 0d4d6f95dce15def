// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgreementTimeline, type AgreementTimelineProps } from '../../../components/agreement-timeline';
import { pageAgreements } from '../../../lib/query/page-agreements';
import { fixtureDataset } from '../query/fixture-dataset';

function renderAgreementTimeline(props: Partial<AgreementTimelineProps> = {}) {
  const onSelectEntity = vi.fn();
  const agreements = pageAgreements(fixtureDataset, ['org:inria', 'org:skolkovo-foundation', 'country:fr', 'country:ru']);
  render(<AgreementTimeline agreements={agreements} onSelectEntity={onSelectEntity} {...props} />);
  return { onSelectEntity };
}

afterEach(cleanup);

describe('AgreementTimeline', () => {
  it('shows agreements between two entities on the page first, then the rest in date order', () => {
    renderAgreementTimeline();
    const between = screen.getByRole('region', { name: 'Between entities on this page' });
    expect(within(between).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual([
      'Franco-Russian working group on innovation and digital technology',
    ]);
    const involving = screen.getByRole('region', { name: 'Involving entities on this page' });
    expect(within(involving).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual([
      'INRIA – Program Systems Institute partnership',
      'French Tech and Skolkovo Foundation in the digital working group',
    ]);
    const dates = within(involving)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.bs-timeline__date')?.textContent);
    expect(dates).toEqual(['December 2021', 'Date not given']);
    expect(between.querySelector('time')?.getAttribute('datetime')).toBe('2019');
  });

  it('quotes the evidence and opens a party from its name', () => {
    const { onSelectEntity } = renderAgreementTimeline();
    const between = screen.getByRole('region', { name: 'Between entities on this page' });
    expect(between.querySelector('blockquote')?.textContent).toMatch(/^Set up in 2019 and co-chaired/);
    fireEvent.click(within(between).getByRole('button', { name: 'Russia' }));
    expect(onSelectEntity).toHaveBeenCalledWith('country:ru');
  });

  it('lists signatories with whom they signed for', () => {
    renderAgreementTimeline({ agreements: pageAgreements(fixtureDataset, ['org:mindef', 'org:moaf']) });
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Signed by: Chan Heng Kee (for Ministry of Defence); Emmanuel Chiva (for Directorate General of Armaments)');
    expect(item.textContent).toContain('19 April (year not given)');
    expect(item.querySelector('time')).toBeNull();
  });

  it('says so when there are none', () => {
    renderAgreementTimeline({ agreements: [] });
    expect(screen.getByText('No known agreements involve the entities on this page.')).toBeTruthy();
  });
});
