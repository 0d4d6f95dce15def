import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { seedDatasetPlugin } from './lib/build/seed-dataset-plugin';

// The manifest asks for the fewest permissions that do the job; README.md says why each is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), seedDatasetPlugin()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Highlights the organisations and people a news page mentions and shows who they are, what they signed and the sentence that proves it. Nothing leaves your browser.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: {
      default_title: 'Backstory',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    },
    // Rebindable at chrome://extensions/shortcuts or about:addons; Chrome allows four suggested keys.
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next highlighted name and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous highlighted name and open its card',
      },
      'add-page': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Add this page to Backstory',
      },
    },
    minimum_chrome_version: '116',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
