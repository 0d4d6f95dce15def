import './highlights.css';
import cardCss from '@/components/hover-card.css?inline';
import { createCardView } from '@/lib/content/card-view';
import { createHoverController } from '@/lib/content/hover-controller';
import { startPageSession } from '@/lib/content/page-session';
import { sendMessage } from '@/lib/send-message';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const signal = ctx.signal;
    const cards = createCardView(document, cardCss, {
      onOpenSidePanel: (entityId) => void sendMessage('openSidePanel', { entityId }).catch(() => {}),
    });
    signal.addEventListener('abort', () => cards.destroy());
    let dismiss = () => {};
    const session = await startPageSession(
      document,
      {
        isOwnUi: cards.isOwnUi,
        showCard: (mention, card, options) => cards.show(mention, card, options),
        hideCard: () => dismiss(),
        announce: cards.announce,
      },
      signal,
    );
    const hover = createHoverController({
      document,
      highlighter: session.highlighter,
      isCard: cards.contains,
      show: (mention) => {
        session.highlighter()?.focus(mention);
        void session.cardFor(mention).then((card) => card && cards.show(mention, card, { viaKeyboard: false }));
      },
      hide: () => {
        session.highlighter()?.focus(null);
        cards.hide();
      },
      signal,
    });
    dismiss = hover.dismiss;
  },
});
