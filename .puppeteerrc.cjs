// Puppeteer (a dependency of the Firefox test launcher) downloads Chrome when installed. The
// suite drives Debian's chromium and firefox-esr instead (scripts/browsers.mjs), so `npm ci`
// downloads no browser and needs no route to one, with no environment variable set.
module.exports = { skipDownload: true };
