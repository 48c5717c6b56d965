import { useEffect, useRef } from 'react';

/**
 * Asks before leaving a page with unsaved changes: closing or reloading the tab (the browser's
 * own question), a click on any link of the workspace, and the browser's Back and Forward
 * buttons. The router re-renders inside its own popstate listener, before any listener of ours
 * could run, so Back is caught as the page unmounts: the address has already changed, and if
 * the user stays, `keep` saves the typed state and the page's address is put back (the page
 * mounts again and takes the kept state). Returns `allow()`, called before the page navigates
 * away on purpose (after a save or a delete).
 */
export function useLeaveGuard(dirty: boolean, question: string, keep: () => void): () => void {
  const state = useRef({ dirty, question, keep, allowed: false });
  state.current = { ...state.current, dirty, question, keep };
  useEffect(() => {
    const here = window.location.pathname + window.location.search;
    const s = state.current;
    s.allowed = false;
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!state.current.dirty) return;
      e.preventDefault();
      e.returnValue = '';
    };
    const click = (e: MouseEvent) => {
      if (!state.current.dirty || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!a || a.target === '_blank' || a.origin !== window.location.origin) return;
      if (a.pathname + a.search === window.location.pathname + window.location.search) return;
      if (window.confirm(state.current.question)) {
        state.current.allowed = true;
      } else {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
      const now = state.current;
      const moved = window.location.pathname + window.location.search !== here;
      if (now.dirty && !now.allowed && moved && !window.confirm(now.question)) {
        now.keep();
        window.history.pushState(null, '', here);
      }
    };
  }, []);
  return () => {
    state.current.allowed = true;
  };
}
