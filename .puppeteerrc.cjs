// No browser can be downloaded here: briefing prints with a system Chromium (see src/print/browser-path.ts).
module.exports = { skipDownload: true };
