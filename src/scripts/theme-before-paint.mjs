// The theme script that runs before first paint (inline in every page's <head>, see
// ThemeScript.astro), and its hash for the Content-Security-Policy (astro.config.mjs). One
// string for both, so the hash cannot go stale.
import { createHash } from 'node:crypto';

export const themeScript = `(function(){try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t;}catch(e){}})();`;

/**
 * `sha256-<base64>` of the script's text, as CSP's script-src expects it.
 * @type {`sha256-${string}`}
 */
export const themeScriptHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;
