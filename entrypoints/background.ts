import { browser } from 'wxt/browser';
import seedDataset from 'virtual:backstory/seed-dataset';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    console.info(`Backstory: ${seedDataset.entities.length} seed entities`);
  });
});
