// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageEntities, type PageEntitiesProps } from '../../../components/page-entities';
import { pageEntityGroups } from '../../../lib/query/page-entities';
import { fixtureDataset } from '../query/fixture-dataset';

const counts = { 'org:mindef': 4, 'org:cnrs': 4, 'person:chan-heng-kee': 2, 'country:sg': 6 };

function renderPageEntities(props: Partial<PageEntitiesProps> = {}) {
  const onJump = vi.fn();
  const onSelect = vi.fn();
  render(<PageEntities groups={pageEntityGroups(fixtureDataset, counts)} onJump={onJump} onSelect={onSelect} {...props} />);
  return { onJump, onSelect };
}

afterEach(cleanup);

describe('PageEntities', () => {
  it('groups entities by kind under headings, with mention counts', () => {
    renderPageEntities();
    const orgs = screen.getByRole('region', { name: 'Organisations (2)' });
    expect(within(orgs).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'French National Centre for Scientific Research4 mentionsAbout French National Centre for Scientific Research',
      'Ministry of Defence4 mentionsAbout Ministry of Defence',
    ]);
    expect(within(screen.getByRole('region', { name: 'People (1)' })).getByText('2 mentions')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Countries (1)' })).toBeTruthy();
  });

  it('jumps to an entity from a native button, so click, Enter and Space all work', () => {
    const { onJump } = renderPageEntities();
    const button = screen.getByRole('button', { name: 'Ministry of Defence' });
    // happy-dom does not turn Enter into a click as browsers do; a real <button> guarantees it.
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(onJump).toHaveBeenLastCalledWith('org:mindef');
  });

  it('opens the entity view from an "About" button whose name starts with its visible word', () => {
    const { onSelect, onJump } = renderPageEntities();
    fireEvent.click(screen.getByRole('button', { name: 'About Singapore' }));
    expect(onSelect).toHaveBeenCalledWith('country:sg');
    expect(onJump).not.toHaveBeenCalled();
  });
});
