import { useId, useRef } from 'preact/hooks';
import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';

export interface Tab<K extends string> {
  key: K;
  label: string;
}

export interface SidePanelTabsProps<K extends string> {
  tabs: readonly Tab<K>[];
  selected: K;
  onSelect(key: K): void;
  children: ComponentChildren;
}

/**
 * WAI-ARIA tabs with automatic activation: one tab stop for the whole list, arrows move and
 * select, Home and End jump to the ends. The selected tab's content is the one tab panel.
 */
export function SidePanelTabs<K extends string>({ tabs, selected, onSelect, children }: SidePanelTabsProps<K>) {
  const baseId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const tabId = (key: K) => `${baseId}-tab-${key}`;
  const panelId = `${baseId}-panel`;
  const move = (key: K) => {
    onSelect(key);
    // Focus follows selection so the keyboard user stays on the tab they chose.
    queueMicrotask(() => listRef.current?.querySelector<HTMLElement>(`[id="${tabId(key)}"]`)?.focus());
  };
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.key === selected);
    const target =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? tabs[(index + 1) % tabs.length]
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? tabs[(index - 1 + tabs.length) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    move(target.key);
  };
  return (
    <div class="bs-tabs">
      <div role="tablist" aria-label="Backstory views" class="bs-tabs__list" ref={listRef} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={tabId(tab.key)}
            aria-selected={tab.key === selected}
            aria-controls={panelId}
            tabIndex={tab.key === selected ? 0 : -1}
            class="bs-tabs__tab"
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(selected)} class="bs-tabs__panel" tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
