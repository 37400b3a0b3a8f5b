import { ENVELOPE, type Lang } from '../form';
import { messagesFor } from '../messages';

const name = (key: 'page' | 'referrer' | 'started' | 'idempotency') =>
  JSON.stringify(ENVELOPE[key]);

/**
 * The snippet's inline script, for the form inside the element `rootId`. It records where the form was
 * embedded, submits in place with the same idempotency key on every retry, and ties server errors to fields.
 * A refusal shows the server's message (a 503 says nothing was recorded), an answer that is not JSON the
 * generic failure, and only a request that got no answer the connection message; the answers stay in the
 * form either way. Without it the form still posts normally. Plain ES2017, no dependency, nothing loaded
 * from elsewhere.
 */
export function embedScript(rootId: string, lang: Lang, iframe: boolean): string {
  const { form, script, validation } = messagesFor(lang);
  // The script reads these by their short names; the order of the keys is part of the snippet's bytes.
  const m = {
    required: validation.required,
    email: script.email,
    network: script.network,
    error: script.failed,
    thanks: form.thanks,
    ref: form.reference,
    sending: script.sending,
    fix: validation.fixErrors,
  };
  return `(function(){var r=document.getElementById(${JSON.stringify(rootId)});if(!r)return;var f=r.querySelector("form"),M=${JSON.stringify(m)};if(!f||!window.fetch)return;f.noValidate=true;
function s(n,v){var i=f.elements[n];if(i)i.value=v}
s(${name('page')},${iframe ? 'document.referrer' : 'location.href'});s(${name('referrer')},${iframe ? '""' : 'document.referrer'});s(${name('started')},String(Date.now()));
s(${name('idempotency')},window.crypto&&crypto.randomUUID?crypto.randomUUID():String(Math.random()).slice(2)+Date.now());
var st=f.querySelector(".cf-status"),b=f.querySelector(".cf-submit");
function e(el,msg){var d=el.getAttribute("aria-describedby"),p=d&&document.getElementById(d.split(" ")[0]);if(msg){el.setAttribute("aria-invalid","true")}else{el.removeAttribute("aria-invalid")}if(p){p.textContent=msg||"";p.hidden=!msg}}
function clear(){Array.prototype.forEach.call(f.elements,function(el){if(el.getAttribute&&el.getAttribute("aria-invalid"))e(el,"")});st.textContent=""}
f.addEventListener("submit",function(ev){ev.preventDefault();clear();var bad=null;
Array.prototype.forEach.call(f.elements,function(el){if(!el.willValidate||el.checkValidity())return;e(el,el.validity.typeMismatch?M.email:M.required);bad=bad||el});
if(bad){st.textContent=M.fix;bad.focus();return}
b.disabled=true;st.textContent=M.sending;
fetch(f.action,{method:"POST",body:new FormData(f),headers:{Accept:"application/json"},mode:"cors"}).then(function(res){return res.json().then(function(j){return{status:res.status,j:j}},function(){return{status:res.status,j:{}}})}).then(function(x){b.disabled=false;
if(x.j.ok){var t=document.createElement("p");t.className="cf-thanks";t.setAttribute("role","status");t.tabIndex=-1;t.textContent=M.thanks;var q=String(x.j.data.receipt||"").slice(0,8).toUpperCase();if(q)t.textContent+=" "+M.ref.replace("{reference}",q.slice(0,4)+"-"+q.slice(4));f.replaceChildren(t);t.focus();return}
var fe=x.j.fieldErrors||{},first=null;Object.keys(fe).forEach(function(n){var el=f.elements[n];if(el&&el.getAttribute){e(el,fe[n]);first=first||el}});
st.textContent=x.j.error||M.error;if(first)first.focus()}).catch(function(){b.disabled=false;st.textContent=M.network})})})();`;
}
