// turndown (the HTML-to-Markdown converter of browser clippers and of reader services such
// as Jina Reader) on a page read from stdin, with its defaults (setext headings, "*   "
// bullets); scripts, styles and <noscript> left out, as a browser shows the page.
// Needs Node.js and turndown with a DOM for Node (Debian: apt-get install node-turndown).
const fs = require('fs');
const Module = require('module');
process.env.NODE_PATH = [process.env.NODE_PATH, '/usr/share/nodejs'].filter(Boolean).join(':');
Module._initPaths();  // Debian's node modules (node-turndown, node-domino)
const TurndownService = require('turndown');
const td = new TurndownService();
td.remove(['script', 'style', 'noscript', 'template']);
process.stdout.write(td.turndown(fs.readFileSync(0, 'utf8')));
