import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { PopupView, type PopupModel } from '../../components/PopupView';
import { parseReply, type FindingRef, type ToContent } from '../../lib/messages';
import { SITE_PREFS_KEY, alwaysAnalyze, parseSitePrefs, siteOf, withAlwaysAnalyze } from '../../lib/settings/site-prefs';
import { NotesSection } from './notes-section';
import './style.css';

/**
 * The tab this popup is about: the active tab, or `?tab=ID` (used by the end-to-end tests, which open
 * popup.html in a tab of its own).
 */
async function targetTab(): Promise<{ id: number; url: string | null } | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) {
    const tab = await browser.tabs.get(param).catch(() => null);
    return tab ? { id: param, url: tab.url ?? null } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
}

async function ask<M extends ToContent>(tabId: number, message: M) {
  return parseReply(message, await browser.tabs.sendMessage(tabId, message));
}

const POLL_MS = 400;

function Popup() {
  const [model, setModel] = useState<PopupModel>({ kind: 'loading' });
  const [tab, setTab] = useState<{ id: number; url: string | null } | null>(null);

  const send = useCallback(async (tabId: number, message: ToContent, url: string | null) => {
    try {
      const state = await ask(tabId, message as Exclude<ToContent, { type: 'reveal' | 'step-finding' }>);
      setModel({ kind: 'page', state, site: siteOf(state.url) });
      return state;
    } catch {
      // No content script answers on browser pages, stores, files, or pages loaded before install.
      setModel({ kind: 'unsupported', url });
      return null;
    }
  }, []);

  useEffect(() => {
    let timer: number | undefined;
    let stopped = false;
    (async () => {
      const t = await targetTab();
      if (!t) return setModel({ kind: 'unsupported', url: null });
      setTab(t);
      const poll = async () => {
        const state = await send(t.id, { type: 'get-state' }, t.url);
        if (!stopped && state && (state.status === 'waiting' || state.status === 'analyzing')) timer = window.setTimeout(poll, POLL_MS);
      };
      await poll();
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [send]);

  const onToggle = (on: boolean) => tab && send(tab.id, { type: 'set-highlights', on }, tab.url);
  const onReveal = (target: FindingRef) => tab && browser.tabs.sendMessage(tab.id, { type: 'reveal', target }).catch(() => {});
  const onAnalyze = async () => {
    if (!tab) return;
    setModel((m) => (m.kind === 'page' ? { ...m, state: { ...m.state, status: 'analyzing' } } : m));
    await send(tab.id, { type: 'analyze-now' }, tab.url);
  };

  // "Always analyze this site": the per-site preference (zod-checked on read), which the content
  // script follows on this page at once and on the site's pages from now on.
  const site = model.kind === 'page' ? model.site : null;
  const [always, setAlways] = useState(false);
  useEffect(() => {
    if (!site) return;
    void browser.storage.local.get(SITE_PREFS_KEY).then((got) => setAlways(alwaysAnalyze(parseSitePrefs(got[SITE_PREFS_KEY]), site)));
  }, [site]);
  const onAlwaysAnalyze = async (on: boolean) => {
    if (!site) return;
    const prefs = parseSitePrefs((await browser.storage.local.get(SITE_PREFS_KEY))[SITE_PREFS_KEY]);
    await browser.storage.local.set({ [SITE_PREFS_KEY]: withAlwaysAnalyze(prefs, site, on) });
    setAlways(on);
    if (on && tab) {
      // The page analyzes itself on the change; follow it here as "Analyze this page" does.
      setModel((m) => (m.kind === 'page' && m.state.status === 'not-article' && !m.state.analysis ? { ...m, state: { ...m.state, status: 'analyzing' } } : m));
      const poll = async () => {
        const state = await send(tab.id, { type: 'get-state' }, tab.url);
        if (state && (state.status === 'waiting' || state.status === 'analyzing' || (state.status === 'not-article' && !state.analysis))) window.setTimeout(poll, POLL_MS);
      };
      window.setTimeout(poll, POLL_MS);
    }
  };

  const notes = tab ? <NotesSection tabId={tab.id} /> : null;
  const shown = model.kind === 'page' ? { ...model, alwaysAnalyze: always } : model;
  return <PopupView model={shown} onToggle={onToggle} onReveal={onReveal} onAnalyze={onAnalyze} onAlwaysAnalyze={onAlwaysAnalyze} notes={notes} />;
}

render(<Popup />, document.getElementById('app')!);
