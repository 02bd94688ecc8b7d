/**
 * Launches Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, never a test
 * tool's own download: FIREFOX_PATH if set, else /usr/bin/firefox-esr. Headless, a fresh
 * temporary profile per launch, and no network beyond loopback.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type LaunchOptions } from 'puppeteer-core';

/** The oldest Firefox these tests are known to pass in (text fragments, BiDi as used here). */
export const FIREFOX_MIN_MAJOR = 140;

export const FIREFOX_INSTALL_HINT =
  'Install it with `sudo apt-get install -y firefox-esr` (Debian; CI does this itself in .ci/run), ' +
  `or set FIREFOX_PATH to a Firefox ${FIREFOX_MIN_MAJOR} or newer.`;

/** FIREFOX_PATH if set, else Debian's /usr/bin/firefox-esr; a clear error if neither is there. */
export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`FIREFOX_PATH=${fromEnv} does not exist. ${FIREFOX_INSTALL_HINT}`);
    }
    return fromEnv;
  }
  if (existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  throw new Error(
    `The Firefox browser tests need Firefox ESR, and /usr/bin/firefox-esr is not installed. ${FIREFOX_INSTALL_HINT}`,
  );
}

/**
 * Preferences on top of puppeteer's own defaults (which already turn off Normandy, app
 * update checks, safe-browsing lists, remote settings, health report, search-engine
 * updates, speculative connections, SNTP). These close what is left: telemetry pings,
 * captive-portal and connectivity probes, DNS over HTTPS, prefetching, push, GMP (OpenH264)
 * downloads, region lookups, experiments, ML/translation model downloads, and as a last
 * net every non-loopback connection goes to a proxy on 127.0.0.1:9 that refuses it.
 */
export const FIREFOX_PREFS: Record<string, string | number | boolean> = {
  // Updates (Debian's build has no updater; belt and braces).
  'app.update.auto': false,
  'app.update.service.enabled': false,
  'app.update.staging.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.blocklist.enabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  // Telemetry and data reporting.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': 'data:,',
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.telemetry.coverage.opt-out': true,
  'toolkit.coverage.opt-out': true,
  'toolkit.coverage.endpoint.base': '',
  'datareporting.usage.uploadEnabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.discovery.enabled': false,
  // Captive portal and connectivity checks.
  'network.captive-portal-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'network.connectivity-service.enabled': false,
  // Remote settings and what feeds from it (puppeteer already points the server at data:).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'identity.fxaccounts.enabled': false,
  // Safe browsing lookups and list downloads.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google.gethashURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google4.gethashURL': '',
  'browser.safebrowsing.provider.google5.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.mozilla.gethashURL': '',
  // DNS over HTTPS off, no prefetch or predictor, no push, no OCSP.
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'security.OCSP.enabled': 0,
  'geo.provider.network.url': '',
  // Last net: everything not on loopback goes through a proxy that is not there.
  // (Firefox never proxies localhost/127.0.0.1 unless network.proxy.allow_hijacking_localhost.)
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.allow_hijacking_localhost': false,
};

/**
 * Firefox's own test-harness switch. Any socket to a non-loopback address aborts Firefox
 * ("FATAL ERROR: Non-local network connections are disabled…"), so nothing leaves the machine
 * unnoticed; and Remote Settings honours the dummy services.settings.server above (a release
 * build ignores that pref otherwise and polls firefox.settings.services.mozilla.com at start).
 * Page loads never get that far: the proxy above refuses them first, and the page sees an error.
 */
export const FIREFOX_ENV: Record<string, string | undefined> = {
  ...process.env,
  MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
  MOZ_CRASHREPORTER_DISABLE: '1',
};

/**
 * Launches headless Firefox with a fresh temporary profile (puppeteer deletes it on close).
 * `prefs` adds per-launch preferences, e.g. a dark colour scheme or JavaScript off.
 */
export async function launchFirefox(
  prefs: Record<string, string | number | boolean> = {},
  options: LaunchOptions = {},
): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: { ...FIREFOX_PREFS, ...prefs },
    env: FIREFOX_ENV,
    ...options,
  });
  const version = await browser.version(); // "firefox/153.8.0"
  const major = Number(/(\d+)\./.exec(version)?.[1]);
  if (!(major >= FIREFOX_MIN_MAJOR)) {
    await browser.close();
    throw new Error(
      `${version} at ${firefoxPath()} is older than Firefox ${FIREFOX_MIN_MAJOR}. ${FIREFOX_INSTALL_HINT}`,
    );
  }
  return browser;
}
