"""The review pages' inline style and script, and the tint of each claiming part.

Everything is inline so a page opens offline and can be attached to a bug report; the page's
Content-Security-Policy allows exactly this script (by its hash) and no network at all.
"""

from __future__ import annotations

import base64
import hashlib
import re

# Tints for the parts the pipeline knows; an unknown part gets a hue from its name.
PART_TINTS: dict[str, str] = {
    "envelope": "#e8e3f5",
    "title": "#f3e0f0",
    "chrome": "#ececec",
    "footer": "#ececec",
    "markup": "#f1f1f1",
    "infobox": "#dcebfa",
    "contents": "#eef2d9",
    "lead": "#fbf3d5",
    "section": "#fdf8e6",
    "awards": "#dff3e4",
    "soundtrack": "#d9f1f0",
    "references": "#f9e2cf",
    "further_reading": "#f6e9dc",
}

_UNSAFE = re.compile(r"[^a-z0-9_-]")


def part_class(part: str) -> str:
    """A CSS class for a part name (the name reduced to safe characters)."""
    return "o-" + (_UNSAFE.sub("-", part.lower()) or "x")


def tint(part: str) -> str:
    """The background of lines claimed by ``part``."""
    known = PART_TINTS.get(part)
    if known is not None:
        return known
    hue = int(hashlib.sha256(part.encode()).hexdigest()[:4], 16) % 360
    return f"hsl({hue} 60% 92%)"


def part_css(parts: list[str]) -> str:
    """One rule per part present on the page."""
    return "".join(f".{part_class(p)}{{background:{tint(p)}}}\n" for p in parts)


CSS = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#1d1d1f;background:#fff;
 display:flex;flex-direction:column;height:100vh}
header{padding:.5rem 1rem;border-bottom:1px solid #ccc;background:#fafafa}
h1{font-size:1.25rem;margin:0 0 .25rem;word-break:break-word}
h2{font-size:1.05rem;margin:1.2rem 0 .4rem;border-bottom:1px solid #ddd}
.meta{color:#555;font-size:.85rem;word-break:break-all}
.stats span{display:inline-block;margin:.15rem .5rem .15rem 0;padding:0 .4rem;border-radius:3px}
.legend span{display:inline-block;margin:.1rem .2rem;padding:0 .35rem;border:1px solid #ccc;
 border-radius:3px;font-size:.8rem}
.sev-error{background:#fbd5d5}.sev-warning{background:#fdebc8}.sev-info{background:#dde9f7}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);flex:1;min-height:0}
#src{overflow:auto;border-right:1px solid #ccc;font:12px/1.45 ui-monospace,monospace;outline:none}
#src:focus-visible{box-shadow:inset 0 0 0 2px #1a5fb4}
#art{overflow:auto;padding:0 1rem 2rem}
.ln{display:flex;white-space:pre-wrap;word-break:break-word;cursor:pointer;
 border-left:4px solid transparent}
.ln .no{flex:0 0 3.2rem;text-align:right;padding-right:.5rem;color:#777;user-select:none}
.ln .tx{flex:1;min-width:0}
.ln.unc{background:repeating-linear-gradient(45deg,#ffd9d9,#ffd9d9 6px,#fff0f0 6px,#fff0f0 12px);
 border-left-color:#c01c28}
.ln.dg-warning{border-left-color:#e5a50a}.ln.dg-error{border-left-color:#c01c28}
.ln.dg-info{border-left-color:#3584e4}
.ln.dg .no::before{content:"\\25B2";color:#c64600;font-size:.7em;margin-right:.2em}
.ln.hl{background:#ffe45c!important;outline:1px solid #b08800}
.ln.cur{box-shadow:inset 0 0 0 2px #1a5fb4}
#info{position:sticky;top:0;z-index:2;background:#f3f7fc;border:1px solid #c6d6ea;
 padding:.4rem .6rem;margin:.5rem 0;font-size:.85rem}
#info button{margin:.15rem .3rem .15rem 0}
.v{cursor:pointer}
.v:hover{background:#f0f4fa}
.v:focus-visible,.cite:focus-visible,[data-go]:focus-visible{outline:2px solid #1a5fb4;
 outline-offset:1px}
.v.active{background:#fff3a8}
.nv{color:#333}
.cite{color:#1a5fb4;cursor:pointer;font-size:.8em;vertical-align:super;margin-left:.1em}
table{border-collapse:collapse;width:100%;margin:.3rem 0}
th,td{border:1px solid #ddd;padding:.2rem .35rem;text-align:left;vertical-align:top;
 word-break:break-word}
th{background:#f4f4f4;word-break:normal;overflow-wrap:normal}
.typed{color:#0b5d1e}
.raw{color:#666;font-size:.85em}
ol,ul{padding-left:1.4rem;margin:.2rem 0}
li{margin:.15rem 0}
.outline .para{color:#444;font-size:.9em}
.changed,tr.changed>:first-child{box-shadow:inset 4px 0 0 #c01c28}
button{white-space:nowrap;word-break:normal}
.was{font-size:.85em;margin:.1rem 0}
del{background:#fbd5d5;text-decoration:line-through}ins{background:#d5f5dc;text-decoration:none}
.empty{color:#888;font-style:italic}
@media (max-width:760px){
 body{display:block;height:auto}
 main{display:block}
 #src{max-height:45vh;border-right:0;border-bottom:2px solid #ccc}
 #art{overflow:visible;padding:0 .6rem 2rem}
 .ln .no{flex-basis:2.4rem}
}
"""

SCRIPT = r"""
(function(){
var src=document.getElementById('src'),info=document.getElementById('info');
var vals=[].slice.call(document.querySelectorAll('.v[data-lines]'));
var lit=[],cur=null;
function spans(el){var s=el.getAttribute('data-lines')||'';return s.split(' ').filter(Boolean)
 .map(function(r){var p=r.split('-');return [+p[0],+p[1]];});}
function line(n){return document.getElementById('L'+n);}
function setCur(el){if(cur)cur.classList.remove('cur');cur=el;if(el)el.classList.add('cur');}
function clear(){lit.forEach(function(e){e.classList.remove('hl');});lit=[];
 [].slice.call(document.querySelectorAll('.active')).forEach(function(e){
 e.classList.remove('active');});}
function say(text,buttons){info.textContent=text;(buttons||[]).forEach(function(b){
 info.appendChild(document.createTextNode(' '));info.appendChild(b);});}
function light(el){clear();el.classList.add('active');var first=null,count=0;
 spans(el).forEach(function(r){for(var n=r[0];n<=r[1];n++){var l=line(n);
 if(l){l.classList.add('hl');lit.push(l);count++;if(!first)first=l;}}});
 if(first){setCur(first);first.scrollIntoView({block:'center'});}
 var lab=el.getAttribute('data-label')||'value',where=spans(el).map(function(r){
 return r[0]===r[1]?''+r[0]:r[0]+'–'+r[1];}).join(', ');
 say(count?lab+': line'+(count>1?'s ':' ')+where+' highlighted':lab+': no source lines');}
function showLine(el){var n=+el.getAttribute('data-n');setCur(el);var found=[];
 vals.forEach(function(v){if(spans(v).some(function(r){return r[0]<=n&&n<=r[1];}))found.push(v);});
 var part=el.getAttribute('data-part');
 var text='Line '+n+(part?' (claimed by '+part+')':' (unclaimed)')+': '+
 (found.length?found.length+' value'+(found.length>1?'s':''):'no value came from it');
 say(text,found.map(function(v){var b=document.createElement('button');b.type='button';
 b.textContent=v.getAttribute('data-label')||v.id;b.setAttribute('data-go',v.id);return b;}));}
function go(id){var v=document.getElementById(id);if(!v)return;v.scrollIntoView({block:'center'});
 v.focus();light(v);}
function activate(t){if(t.hasAttribute('data-go'))go(t.getAttribute('data-go'));
 else if(t.classList.contains('ln'))showLine(t);else light(t);}
document.addEventListener('click',function(e){
 var t=e.target.closest('[data-go],.cite,.v,.ln');if(t){e.stopPropagation();activate(t);}});
document.addEventListener('keydown',function(e){var t=e.target;
 if(t===src){var c=cur||src.querySelector('.ln');if(!c)return;
  if(e.key==='ArrowDown'||e.key==='ArrowUp'){e.preventDefault();
   var n=e.key==='ArrowDown'?c.nextElementSibling:c.previousElementSibling;
   if(n){setCur(n);n.scrollIntoView({block:'nearest'});}}
  else if(e.key==='Enter'||e.key===' '){e.preventDefault();showLine(c);}
  return;}
 if((e.key==='Enter'||e.key===' ')&&t.matches&&t.matches('[data-go],.cite,.v')){
  e.preventDefault();e.stopPropagation();activate(t);}});
})();
"""

INDEX_SCRIPT = r"""
(function(){
var table=document.getElementById('pages');if(!table)return;
var body=table.tBodies[0];
[].slice.call(table.querySelectorAll('th button')).forEach(function(b,i){
 b.addEventListener('click',function(){var th=b.parentNode;
  var up=th.getAttribute('aria-sort')!=='ascending';
  [].slice.call(table.querySelectorAll('th')).forEach(function(h){h.removeAttribute('aria-sort');});
  th.setAttribute('aria-sort',up?'ascending':'descending');
  var col=+b.getAttribute('data-col'),num=b.hasAttribute('data-num');
  var rows=[].slice.call(body.rows);
  rows.sort(function(a,c){var x=a.cells[col].getAttribute('data-sort'),
   y=c.cells[col].getAttribute('data-sort');
   var d=num?(+x)-(+y):x.localeCompare(y);return up?d:-d;});
  rows.forEach(function(r){body.appendChild(r);});});});
})();
"""


def script_hash(script: str) -> str:
    """The CSP source that allows exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def csp(script: str) -> str:
    """No network, no other script: inline style and this one script only."""
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src {script_hash(script)}; base-uri 'none'; form-action 'none'"
    )
