#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the synthetic x.com homepages and ondemand.s chunks under tests/unit/data/xct/.

Shaped like the 2026 logged-in web app (meta site-verification key, four loading-x-anim
SVGs with 16 cubic segments each, the 2026-04 webpack chunk map, an ondemand.s chunk with
`(x[N],16)` indices). Deterministic; rerun only to change the fixtures, then commit them.
Each page picks key bytes that drive one branch of the animation: frame 0..3, a zero frame
time (t = 0), an ordinary one, and one past the end (t > 1).
"""
import base64
import pathlib
import random

out = pathlib.Path(__file__).resolve().parent.parent / "unit" / "data" / "xct"
out.mkdir(parents=True, exist_ok=True)
rng = random.Random(20261129)

ONDEMAND = {"4c1f7e2a": [2, 7, 18, 31], "9B0dE41c7": [45, 11, 3, 26, 38]}


def frame_path(rows):
    segs = []
    for r in rows:
        segs.append("C %d,%d %d,%d %d,%d h %d s %d,%d %d,%d" % tuple(r))
    return "M 10,30 " + " ".join(segs)


def svg(n, rows):
    return ('<svg id="loading-x-anim-%d" viewBox="0 0 400 400" class="r-1p0dtai r-13gxpu9">'
            '<g><path d="M 0,0 H 400 V 400 H 0 Z" fill="#1d9bf008"></path>'
            '<path d="%s" stroke="#1d9bf0" fill="none"></path></g></svg>' % (n, frame_path(rows)))


def chunk_map(entries):
    names = ",".join('%d:"%s"' % (i, n) for i, n, _ in entries)
    hashes = ",".join('%d:"%s"' % (i, h) for i, _, h in entries)
    return ('n.u=e=>(({%s})[e]||e)+"."+({%s})[e]+"a.js",n.miniCssF=e=>"ondemand.s.'
            '"+({%s})[e]+"a.css"' % (names, hashes, ",".join('%d:"%s"' % (i, "0" * 8)
                                                                for i, _, _ in entries[:3])))


def homepage(name, key, ondemand_hash):
    frames = [[[rng.randrange(256) for _ in range(11)] for _ in range(16)] for _ in range(4)]
    entries = [(1034, "vendor", "e3b0c442"), (4122, "i18n/en", "77a1f0d9"),
               (5807, "loader.AudioDock", "3fa9c81e"), (6311, "modules.common", "b52e0c7d"),
               (7790, "modules.audio", "Ab12cD34eF"), (8817, "bundle.AudioSpacePeek", "c0ffee12"),
               (20113, "ondemand.s", ondemand_hash), (20985, "ondemand.Dropdown", "5d41402a")]
    html = ('<!DOCTYPE html><html dir="ltr" lang="en"><head><meta charset="utf-8" />'
            '<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,'
            'user-scalable=0,viewport-fit=cover" />'
            '<link rel="preconnect" href="//abs.twimg.com" />'
            '<meta property="og:site_name" content="X (formerly Twitter)" />'
            '<meta name="twitter-site-verification" content="%s" />'
            '<meta name="theme-color" content="#FFFFFF" /><title>X</title></head>'
            '<body style="background-color: #FFFFFF;"><noscript><form action="https://x.com/'
            'i/flow/login" method="POST"></form></noscript><div id="react-root">'
            '<div class="css-175oi2r r-1p0dtai"><div id="placeholder">'
            '<svg viewBox="0 0 24 24" aria-hidden="true" class="r-4qtqp9"><g><path d="M18.244 '
            '2.25h3.308l-7.227 8.26 8.502 11.24H16.17l-5.214-6.817L4.99 21.75H1.68l7.73-8.835'
            'L1.254 2.25H8.08l4.713 6.231zm-1.161 17.52h1.833L7.084 4.126H5.117z"></path></g>'
            '</svg>%s</div></div></div>'
            '<script nonce="NTk0YjJmZmQ">window.__INITIAL_STATE__={"optimist":[],"featureSwitch"'
            ':{"defaultConfig":{"responsive_web_grok_annotations_enabled":{"value":false}}}};'
            '</script><script charset="utf-8" nonce="NTk0YjJmZmQ" type="text/javascript">'
            'window.__SCRIPTS_LOADED__={};(()=>{"use strict";var e,a,d,c,o,i={},t={};function '
            'n(e){var a=t[e];if(void 0!==a)return a.exports;var d=t[e]={id:e,loaded:!1,exports:{}}'
            ';return i[e].call(d.exports,d,d.exports,n),d.loaded=!0,d.exports}n.m=i,n.c=t,%s,'
            'n.p="https://abs.twimg.com/responsive-web/client-web/"})();</script>'
            '<script src="https://abs.twimg.com/responsive-web/client-web/main.6a7b8c9da.js" '
            'nonce="NTk0YjJmZmQ"></script></body></html>'
            % (base64.b64encode(key).decode(), "".join(svg(i, f) for i, f in enumerate(frames)),
               chunk_map(entries)))
    (out / ("home_%s.html" % name)).write_text(html)


def ondemand(hash_, indices):
    parts = ['"use strict";(self.webpackChunk_twitter_responsive_web=self.webpackChunk_twitter_'
             'responsive_web||[]).push([["ondemand.s"],{83107:(e,t,n)=>{n.d(t,{default:()=>h});'
             'var r=n(20113),o=n(6311);const s=ab=>parseInt(ab[3],16),l=u=>u.toString(16);']
    for k, i in enumerate(indices):
        parts.append('function f%d(a){return (a[%d], 16)}' % (k, i))
        if k == 1:
            parts.append('const x=(q[123],16),y=l(255);')
    parts.append('function h(){return[f0,f1,f2].map(s)}}}]);')
    (out / ("ondemand.s.%sa.js" % hash_)).write_text("".join(parts))


for h, idx in ONDEMAND.items():
    ondemand(h, idx)


def key_with(fixed):
    key = bytearray(rng.randrange(256) for _ in range(48))
    for i, v in fixed.items():
        key[i] = v
    return bytes(key)


# ondemand 4c1f7e2a: row index byte 2, time bytes 7, 18, 31.
homepage("a", key_with({5: 0x40, 7: 0x1B, 18: 0x27, 31: 0x05}), "4c1f7e2a")  # frame 0, t ~ 0.05
homepage("b", key_with({5: 0x41, 7: 0x20, 18: 0x3C, 31: 0x99}), "4c1f7e2a")  # frame 1, t = 0
homepage("c", key_with({5: 0x96, 7: 0x4E, 18: 0xDD, 31: 0x7C}), "4c1f7e2a")  # frame 2, t ~ 0.53
# ondemand 9B0dE41c7: row index byte 45, time bytes 11, 3, 26, 38: 15*14*13*12 > 4096.
homepage("d", key_with({5: 0x07, 3: 0x2E, 11: 0x1F, 26: 0x3D, 38: 0xAC}), "9B0dE41c7")  # t > 1
