// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityView, type EntityViewProps } from '../../../components/entity-view';
import { entityDetails } from '../../../lib/query/entity-details';
import { ARTICLE_IDS, fixtureDataset } from '../query/fixture-dataset';

function renderEntityView(props: Partial<EntityViewProps> = {}, entityId = 'person:chan-heng-kee') {
  const onSelectEntity = vi.fn();
  const onOpenArticle = vi.fn();
  const onBack = vi.fn();
  render(
    <EntityView details={entityDetails(fixtureDataset, entityId)!} onSelectEntity={onSelectEntity} onOpenArticle={onOpenArticle} onBack={onBack} {...props} />,
  );
  return { onSelectEntity, onOpenArticle, onBack };
}

afterEach(cleanup);

describe('EntityView', () => {
  it('is an article named by the entity, with kind, roles and their evidence', () => {
    renderEntityView();
    const view = screen.getByRole('article', { name: 'Chan Heng Kee' });
    expect(within(view).getByText('Person')).toBeTruthy();
    const roles = screen.getByRole('region', { name: 'Roles' });
    expect(roles.querySelector('.bs-entity__role-title')?.textContent).toBe('Permanent Secretary (Defence), Ministry of Defence');
    expect(roles.querySelector('blockquote')?.textContent).toMatch(/^The agreement was signed on April 19/);
  });

  it('lists every agreement with all its evidence and sources', () => {
    renderEntityView({}, 'org:mindef');
    const agreements = screen.getByRole('region', { name: 'Agreements (1)' });
    expect(within(agreements).getByRole('heading', { name: 'France–Singapore defence AI joint laboratory' })).toBeTruthy();
    expect(within(agreements).getByRole('link', { name: 'France and Singapore to develop AI capabilities for cybersecurity' })).toBeTruthy();
  });

  it('navigates to related entities and articles, and back', () => {
    const { onSelectEntity, onOpenArticle, onBack } = renderEntityView({}, 'org:mindef');
    const related = screen.getByRole('region', { name: 'Related' });
    fireEvent.click(within(related).getByRole('button', { name: 'Ministry of the Armed Forces' }));
    expect(onSelectEntity).toHaveBeenCalledWith('org:moaf');
    fireEvent.click(within(screen.getByRole('region', { name: 'Mentioned in' })).getByRole('button', { name: 'Singapore defence lab opens with French researchers' }));
    expect(onOpenArticle).toHaveBeenCalledWith(ARTICLE_IDS.FOLLOW_UP);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalled();
  });

  it('has no Back button when there is nowhere to go back to, and says when there are no agreements', () => {
    renderEntityView({ onBack: undefined }, 'person:antoine-petit');
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    expect(screen.getByText('No agreements known.')).toBeTruthy();
  });
});
