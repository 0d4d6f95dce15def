import { describe, expect, it, vi } from 'vitest';
import { routeMessage, type MessageHandlers } from '../../../lib/background/message-router';

const OWN_ID = 'backstory-test-id';
const fromTab = { id: OWN_ID, tab: { id: 7 } } as Parameters<typeof routeMessage>[2];

function handlers(): MessageHandlers {
  return {
    pageScanned: vi.fn(() => ({ 'org:cnrs': 'card' })),
    getCard: vi.fn(() => null),
    openSidePanel: vi.fn(),
    jumpTo: vi.fn(() => {
      throw new Error('No tab with id 99.');
    }),
    saveArticle: vi.fn(),
    previewRemoval: vi.fn(),
    removeArticle: vi.fn(),
    undoLastChange: vi.fn(),
    importDataset: vi.fn(),
  };
}

describe('routeMessage', () => {
  it('dispatches a declared, valid message to its handler', async () => {
    const h = handlers();
    const result = await routeMessage(h, { type: 'pageScanned', data: { status: 'ready', url: 'https://news.example/a', title: 'A', counts: { 'org:cnrs': 2 } } }, fromTab, OWN_ID);
    expect(result).toEqual({ ok: true, value: { 'org:cnrs': 'card' } });
    expect(h.pageScanned).toHaveBeenCalledOnce();
  });

  it.each([
    ['a message from another extension', { type: 'getCard', data: { entityId: 'org:cnrs' } }, { id: 'someone-else' }, /other extensions/],
    ['a message from a web page', { type: 'getCard', data: { entityId: 'org:cnrs' } }, { url: 'https://evil.example' }, /other extensions or pages/],
    ['not an object', 'getCard', fromTab, /must be an object/],
    ['an unknown type', { type: 'deleteEverything', data: {} }, fromTab, /Unknown message type: deleteEverything/],
    ['a prototype key as type', { type: '__proto__', data: {} }, fromTab, /Unknown message type/],
    ['a bad entity id', { type: 'getCard', data: { entityId: '<img src=x>' } }, fromTab, /Invalid getCard message: entityId:/],
    ['a negative count', { type: 'pageScanned', data: { status: 'ready', url: 'u', title: 't', counts: { 'org:cnrs': -1 } } }, fromTab, /Invalid pageScanned message: counts/],
    ['a missing payload', { type: 'jumpTo' }, fromTab, /Invalid jumpTo message/],
    ['a save with a javascript: address', { type: 'saveArticle', data: { article: { url: 'javascript:alert(1)', title: 'x', text: 'x', missing: [] }, entities: [], agreements: [] } }, fromTab, /Invalid saveArticle message: article\.url/],
    ['an import over 25 MB', { type: 'importDataset', data: { fileText: 'x'.repeat(25 * 1024 * 1024 + 1), resolution: 'keep-mine' } }, fromTab, /the file is over 25 MB/],
  ])('refuses %s with an error and calls no handler', async (_name, message, sender, error) => {
    const h = handlers();
    const result = await routeMessage(h, message, sender as Parameters<typeof routeMessage>[2], OWN_ID);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(error);
    for (const handler of Object.values(h)) expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error result', async () => {
    const result = await routeMessage(handlers(), { type: 'jumpTo', data: { tabId: 99, entityId: 'org:cnrs' } }, fromTab, OWN_ID);
    expect(result).toEqual({ ok: false, error: 'No tab with id 99.' });
  });
});
