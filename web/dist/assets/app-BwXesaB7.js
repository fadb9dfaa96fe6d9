const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Login-BQHic2zn.js","assets/ErrorMessage-DfzdDqP3.js","assets/FirstRun-CRNblUGC.js","assets/Invite-U_0dxcDy.js","assets/Home-C2zpopwL.js","assets/SampleData-C80z9BGZ.js","assets/SampleData-t1BmOlPj.css","assets/Account-BBy3xW5m.js","assets/admin-JNlH9E8F.js","assets/labels-o-UXRfLO.js","assets/Account-lNQWAX84.css","assets/NewWorkspace-BKfMu85K.js","assets/Dashboard-B7E__hxG.js","assets/rolldown-runtime-QQ38H6s1.js","assets/Dashboard-DfDDDvsw.css","assets/Members-meiCBzHr.js","assets/Members-cgFvodlg.css","assets/Connect-Br0txn11.js","assets/AdminOnly-BYJXfneZ.js","assets/Connect-MxDcD2Rv.css","assets/Integrations-DL-hRke1.js","assets/Integrations-rwNWZLSQ.css","assets/People-DZeSrpRj.js","assets/People-D2slcnXc.css","assets/Settings-2SL_LSsY.js","assets/AuditLog-CFtRwjXs.js","assets/AuditLog-Sm2MSW6t.css","assets/dist-DHCRdjNZ.js"])))=>i.map(i=>d[i]);
import{i as e,n as t,r as n,t as r}from"./preload-helper-CnQnagar.js";var i=Array.isArray,a=Array.prototype.indexOf,o=Array.prototype.includes,s=Array.from,c=Object.defineProperty,l=Object.getOwnPropertyDescriptor,u=Object.getOwnPropertyDescriptors,d=Object.prototype,f=Array.prototype,p=Object.getPrototypeOf,m=Object.isExtensible,h=()=>{};function g(e){return typeof e?.then==`function`}function _(e){for(var t=0;t<e.length;t++)e[t]()}function v(){var e,t;return{promise:new Promise((n,r)=>{e=n,t=r}),resolve:e,reject:t}}function y(e,t){if(Array.isArray(e))return e;if(t===void 0||!(Symbol.iterator in e))return Array.from(e);let n=[];for(let r of e)if(n.push(r),n.length===t)break;return n}var b=1024,x=2048,S=4096,ee=8192,te=16384,ne=32768,re=1<<25,ie=65536,ae=1<<19,oe=1<<20,se=1<<25,ce=1<<21,le=1<<22,ue=1<<23,de=Symbol(`$state`),fe=Symbol(`component`),pe=Symbol(`legacy props`),me=Symbol(``),he=Symbol(`attributes`),ge=Symbol(`class`),_e=Symbol(`style`),ve=Symbol(`text`),ye=Symbol(`form reset`),be=new class extends Error{name=`StaleReactionError`;message="The reaction that called `getAbortSignal()` was re-run or destroyed"},xe=!!globalThis.document?.contentType&&globalThis.document.contentType.includes(`xml`),Se={},C=Symbol(`uninitialized`),Ce=`http://www.w3.org/1999/xhtml`;function we(){console.warn(`https://svelte.dev/e/derived_inert`)}function Te(e){console.warn(`https://svelte.dev/e/hydration_mismatch`)}function Ee(){console.warn(`https://svelte.dev/e/select_multiple_invalid_value`)}function De(){console.warn(`https://svelte.dev/e/svelte_boundary_reset_noop`)}var w=!1;function Oe(e){w=e}var T;function E(e){if(e===null)throw Te(),Se;return T=e}function ke(){return E(an(T))}function D(e){if(w){if(an(T)!==null)throw Te(),Se;T=e}}function Ae(e=1){if(w){for(var t=e,n=T;t--;)n=an(n);T=n}}function je(e=!0){for(var t=0,n=T;;){if(n.nodeType===8){var r=n.data;if(r===`]`){if(t===0)return n;--t}else(r===`[`||r===`[!`||r[0]===`[`&&!isNaN(Number(r.slice(1))))&&(t+=1)}var i=an(n);e&&n.remove(),n=i}}function Me(e){if(!e||e.nodeType!==8)throw Te(),Se;return e.data}function Ne(e){return e===this.v}function Pe(e,t){return e==e?e!==t||typeof e==`object`&&!!e||typeof e==`function`:t==t}function Fe(e){return!Pe(e,this.v)}function Ie(e){throw Error(`https://svelte.dev/e/lifecycle_outside_component`)}function Le(){throw Error(`https://svelte.dev/e/async_derived_orphan`)}function Re(e,t,n){throw Error(`https://svelte.dev/e/each_key_duplicate`)}function ze(e){throw Error(`https://svelte.dev/e/effect_in_teardown`)}function Be(){throw Error(`https://svelte.dev/e/effect_in_unowned_derived`)}function Ve(e){throw Error(`https://svelte.dev/e/effect_orphan`)}function He(){throw Error(`https://svelte.dev/e/effect_update_depth_exceeded`)}function Ue(e){throw Error(`https://svelte.dev/e/props_invalid_value`)}function We(){throw Error(`https://svelte.dev/e/state_descriptors_fixed`)}function Ge(){throw Error(`https://svelte.dev/e/state_prototype_fixed`)}function Ke(){throw Error(`https://svelte.dev/e/state_unsafe_mutation`)}function qe(){throw Error(`https://svelte.dev/e/svelte_boundary_reset_onerror`)}var O=null;function Je(e){O=e}function Ye(e,t=!1,n){O={p:O,i:!1,c:null,e:null,s:e,x:null,r:G,l:null}}function Xe(e){var t=O,n=t.e;if(n!==null){t.e=null;for(var r of n)bn(r)}return e!==void 0&&(t.x=e),t.i=!0,O=t.p,Ze(e)}function Ze(e={}){return c(e,fe,{value:!0}),e}function Qe(){return!0}var $e=[];function et(){var e=$e;$e=[],_(e)}function k(e){if($e.length===0&&!Et){var t=$e;queueMicrotask(()=>{t===$e&&et()})}$e.push(e)}function tt(){for(;$e.length>0;)et()}var nt=~(x|S|b);function A(e,t){e.f=e.f&nt|t}function rt(e){e.f&512||e.deps===null?A(e,b):A(e,S)}function it(e,t){e.f&2048?t.set(e,x):e.f&4096&&t.get(e)!==2048&&t.set(e,S),A(e,b)}var at=!1;function ot(){at||(at=!0,document.addEventListener(`reset`,e=>{Promise.resolve().then(()=>{if(!e.defaultPrevented)for(let t of e.target.elements)t[ye]?.()})},{capture:!0}))}function st(e){var t=H,n=G;W(null),Bn(null);try{return e()}finally{W(t),Bn(n)}}function ct(e,t,n,r=n){e.addEventListener(t,()=>st(n));let i=e[ye];e[ye]=i?()=>{i(),r(!0)}:()=>r(!0),ot()}function lt(e,t,n,r){let i=Qe()?pt:_t;var a=e.filter(e=>!e.settled),o=t.map(i);if(n.length===0&&a.length===0){r(o);return}var s=G,c=ut(),l=a.length===1?a[0].promise:a.length>1?Promise.all(a.map(e=>e.promise)):null;function u(e){if(!(s.f&16384)){c();try{r([...o,...e])}catch(e){pn(e,s)}dt()}}var d=ft();if(n.length===0){l.then(()=>u([])).finally(d);return}function f(){Promise.all(n.map(e=>ht(e))).then(u).catch(e=>pn(e,s)).finally(d)}l?l.then(()=>{s.f&16384?d():(c(),f(),dt())}):f()}function ut(){var e=G,t=H,n=O,r=j;return function(i=!0){Bn(e),W(t),Je(n),i&&!(e.f&16384)&&(r?.activate(),r?.apply())}}function dt(e=!0){Bn(null),W(null),Je(null),e&&j?.deactivate()}function ft(){var e=G,t=e.b,n=j,r=!!t?.is_rendered();return t?.update_pending_count(1,n),n.increment(r,e),()=>{t?.update_pending_count(-1,n),n.decrement(r,e)}}function pt(e){var t=2|x;return G!==null&&(G.f|=ae),{ctx:O,deps:null,effects:null,equals:Ne,f:t,fn:e,reactions:null,rv:0,v:C,wv:0,parent:G,ac:null}}var mt=Symbol(`obsolete`);function ht(e,t,n){let r=G;r===null&&Le();var i=void 0,a=Ht(C),o=!H,s=new Set;return Cn(()=>{var t=G,n=v();i=n.promise;try{Promise.resolve(e()).then(n.resolve,e=>{e!==be&&n.reject(e)}).finally(dt)}catch(e){n.reject(e),dt()}var c=j;if(o){if(t.f&32768)var l=ft();if(r.b?.is_rendered())c.async_deriveds.get(t)?.reject(mt);else for(let e of s.values())e.reject(mt);s.add(n),c.async_deriveds.set(t,n)}let u=(e,t=void 0)=>{l?.(),s.delete(n),t!==mt&&(c.activate(),t?(a.f|=ue,Kt(a,t)):(a.f&8388608&&(a.f^=ue),Kt(a,e)),c.deactivate())};n.promise.then(u,e=>u(null,e||`unknown`))}),vn(()=>{for(let e of s)e.reject(mt)}),new Promise(e=>{function t(n){function r(){n===i?e(a):t(i)}n.then(r,r)}t(i)})}function gt(e){let t=pt(e);return Hn(t),t}function _t(e){let t=pt(e);return t.equals=Fe,t}function vt(e){var t=e.effects;if(t!==null){e.effects=null;for(var n=0;n<t.length;n+=1)V(t[n])}}function yt(e){var t,n=G,r=e.parent;if(!Rn&&r!==null&&e.v!==C&&r.f&24576)return we(),e.v;Bn(r);try{vt(e),t=Zn(e)}finally{Bn(n)}return t}function bt(e){var t=yt(e);!e.equals(t)&&(e.wv=Jn(),(!j?.is_fork||e.deps===null)&&(j===null?e.v=t:(j.capture(e,t,!0),wt?.capture(e,t,!0)),e.deps===null))?A(e,b):Rn||(M===null?rt(e):(_n()||j?.is_fork)&&M.set(e,t))}function xt(e){if(e.effects!==null)for(let t of e.effects)(t.teardown||t.ac)&&(t.teardown?.(),t.ac!==null&&st(()=>{t.ac.abort(be),t.ac=null}),t.fn!==null&&(t.teardown=h),er(t,0),On(t))}function St(e){if(e.effects!==null)for(let t of e.effects)t.teardown&&t.fn!==null&&tr(t)}var Ct=null,j=null,wt=null,M=null,Tt=null,Et=!1,Dt=!1,Ot=null,kt=null,At=0,jt=1,Mt=class e{id=jt++;started=!1;linked=!0;prev=null;next=null;async_deriveds=new Map;current=new Map;previous=new Map;#e=new Set;#t=new Set;#n=0;#r=new Map;#i=null;#a=[];#o=[];#s=new Map;#c=new Map;#l=new Set;is_fork=!1;#u=!1;constructor(){Ct===null?Ct=this:(Ct.next=this,this.prev=Ct),Ct=this}#d(){if(this.is_fork)return!0;for(let e of this.#r.keys())if(!this.#f(e))return!0;return!1}#f(e){for(var t=e;t!==null;t=t.parent)if(this.#c.has(t))return!0;return!1}skip_effect(e){this.#c.has(e)||this.#c.set(e,{d:[],m:[]}),this.#l.delete(e)}unskip_effect(e,t=e=>this.schedule(e)){var n=this.#c.get(e);if(n){this.#c.delete(e);for(var r of n.d)A(r,x),t(r);for(r of n.m)A(r,S),t(r)}this.#l.add(e)}#p(){var e=[];for(let i of this.#a)if(!(i.f&16384||!(i.f&6144))){for(var t=i,n=!1;t.parent!==null;){t=t.parent;var r=t.f;if(r&96){if(!(r&1024)){n=!0;break}t.f^=b}}n||e.push(t)}return this.#a=[],e}#m(){this.started=!0;for(let[e,t]of this.#s)A(e,t),this.schedule(e);this.apply();for(var t=Ot=[],n=[],r=kt=[];this.#a.length>0;){At++>1e3&&(this.#b(),Pt());for(let e of this.#p())try{this.#h(e,t,n)}catch(t){throw zt(e),this.#d()||this.discard(),t}}if(j=null,r.length>0){var i=e.ensure();for(let e of r)i.schedule(e)}if(Ot=null,kt=null,this.#d()){this.#y(n),this.#y(t);for(let[e,t]of this.#c)Rt(e,t);r.length>0&&j.#m();return}let a=this.#g();if(a)this.#y(n),this.#y(t),a.#v(this);else{this.#s.clear();for(let e of this.#e)e(this);this.#e.clear(),wt=this,It(n),It(t),wt=null,this.#i?.resolve();var o=j;this.#n===0&&(this.#a.length===0||o!==null)&&this.#b(),o!==null&&(N.clear(),o.#m())}}#h(e,t,n){e.f^=b;for(var r=e.first;r!==null;){var i=r.f,a=!!(i&96);if(!(a&&i&1024||i&8192||this.#c.has(r))&&r.fn!==null){a?r.f^=b:i&4?t.push(r):Yn(r)&&(i&16&&this.add_dirty_reaction(r,S),tr(r));var o=r.first;if(o!==null){r=o;continue}}for(;r!==null;){var s=r.next;if(s!==null){r=s;break}r=r.parent}}}#g(){for(var e=this.prev;e!==null;e=e.prev)if(!e.is_fork&&this.#_(e))return e;return null}#_(e){for(let[t,[,n]]of this.current)if(!n&&e.current.has(t))return!0;return!1}#v(e){for(let[t,n]of e.current)!this.previous.has(t)&&e.previous.has(t)&&this.previous.set(t,e.previous.get(t)),this.current.set(t,n);for(let[t,n]of e.async_deriveds){let e=this.async_deriveds.get(t);e&&n.promise.then(e.resolve).catch(e.reject)}e.async_deriveds.clear(),this.transfer_reactions(e.#s);let t=e=>{var n=e.reactions;if(n!==null&&!(e.f&2&&!(e.f&6144)))for(let e of n){var r=e.f;if(r&2)t(e);else{var i=e;r&4194320&&!this.async_deriveds.has(i)&&(this.#s.delete(i),A(i,x),this.schedule(i))}}};for(let e of this.current.keys())t(e);this.oncommit(()=>e.discard()),e.#b(),j=this,this.#m()}#y(e){for(var t=0;t<e.length;t+=1)it(e[t],this.#s)}capture(e,t,n=!1){e.v!==C&&!this.previous.has(e)&&this.previous.set(e,e.v),e.f&8388608||(this.current.set(e,[t,n]),M?.set(e,t)),this.is_fork||(e.v=t)}activate(){j=this}deactivate(){j=null,M=null}flush(){try{Dt=!0,j=this,this.#m()}finally{At=0,Tt=null,Ot=null,kt=null,Dt=!1,j=null,M=null,N.clear()}}discard(){for(let e of this.#t)e(this);this.#t.clear();for(let e of this.async_deriveds.values())e.reject(mt);this.#b(),this.#i?.resolve()}register_created_effect(e){this.#o.push(e)}increment(e,t){if(this.#n+=1,e){let e=this.#r.get(t)??0;this.#r.set(t,e+1)}}decrement(e,t){if(--this.#n,e){let e=this.#r.get(t)??0;e===1?this.#r.delete(t):this.#r.set(t,e-1)}this.#u||(this.#u=!0,k(()=>{this.#u=!1,this.linked&&this.flush()}))}transfer_reactions(e){for(let[t,n]of e)this.add_dirty_reaction(t,n);e.clear()}add_dirty_reaction(e,t){(t===2048||this.#s.get(e)!==2048)&&this.#s.set(e,t)}oncommit(e){this.#e.add(e)}ondiscard(e){this.#t.add(e)}settled(){return(this.#i??=v()).promise}static ensure(){if(j===null){let t=j=new e;!Dt&&!Et&&k(()=>{t.started||t.flush()})}return j}apply(){M=null}schedule(e){Tt=e,e.b?.is_pending&&e.f&16777228&&!(e.f&32768)?e.b.defer_effect(e):this.#a.push(e)}#b(){if(this.linked){var e=this.prev,t=this.next;e===null||(e.next=t),t===null?Ct=e:t.prev=e,this.linked=!1}}};function Nt(e){var t=Et,n=wt;wt=null,Et=!0;try{var r;for(e&&(Nt(),r=e());;){if(tt(),j===null)return r;j.flush()}}finally{Et=t,wt=n}}function Pt(){try{He()}catch(e){pn(e,Tt)}}var Ft=null;function It(e){var t=e.length;if(t!==0){for(var n=0;n<t;){var r=e[n++];if(!(r.f&24576)&&Yn(r)&&(Ft=new Set,tr(r),r.deps===null&&r.first===null&&r.nodes===null&&r.teardown===null&&r.ac===null&&jn(r),Ft?.size>0)){N.clear();for(let e of Ft){if(e.f&24576)continue;let t=[e],n=e.parent;for(;n!==null;)Ft.has(n)&&(Ft.delete(n),t.push(n)),n=n.parent;for(let e=t.length-1;e>=0;e--){let n=t[e];n.f&24576||tr(n)}}Ft.clear()}}Ft=null}}function Lt(e){j.schedule(e)}function Rt(e,t){if(!(e.f&32&&e.f&1024)){e.f&2048?t.d.push(e):e.f&4096&&t.m.push(e),A(e,b);for(var n=e.first;n!==null;)Rt(n,t),n=n.next}}function zt(e){A(e,b);for(var t=e.first;t!==null;)zt(t),t=t.next}var Bt=new Set,N=new Map,Vt=!1;function Ht(e,t){return{f:0,v:e,reactions:null,equals:Ne,rv:0,wv:0}}function P(e,t){let n=Ht(e,t);return Hn(n),n}function Ut(e,t=!1,n=!0){let r=Ht(e);return t||(r.equals=Fe),r}function F(e,t,n=!1){return H!==null&&(!U||H.f&131072)&&Qe()&&H.f&4325394&&(Vn===null||!Vn.has(e))&&Ke(),Kt(e,n?I(t):t,kt)}var Wt=null,Gt=0;function Kt(e,t,n=null){if(!e.equals(t)){Rn?N.set(e,t):N.has(e)||N.set(e,e.v);var r=Mt.ensure();if(r.capture(e,t),e.f&2){let t=e;e.f&2048&&yt(t),M===null&&rt(t)}e.wv=Jn(),Wt=null,Gt=0,Yt(e,x,n),Wt=null,Qe()&&G!==null&&G.f&1024&&!(G.f&96)&&(J===null?Un([e]):J.push(e)),!r.is_fork&&Bt.size>0&&!Vt&&qt()}return t}function qt(){Vt=!1;for(let e of Bt){e.f&1024&&A(e,S);let t;try{t=Yn(e)}catch{t=!0}t&&tr(e)}Bt.clear()}function Jt(e){F(e,e.v+1)}function Yt(e,t,n){var r=e.reactions;if(r!==null){var i=Qe(),a=r.length;if(Gt+=a,Gt>1e5&&Wt===null&&(Wt=new Set),Wt!==null){if(Wt.has(e))return;Wt.add(e)}for(var o=0;o<a;o++){var s=r[o],c=s.f;if(i||s!==G){var l=(c&x)===0;if(l&&A(s,t),c&131072)Bt.add(s);else if(c&2){var u=s;M?.delete(u),Yt(u,S,n)}else if(l){var d=s;c&16&&Ft!==null&&Ft.add(d),n===null?Lt(d):n.push(d)}}}}}function I(e){if(typeof e!=`object`||!e||de in e||fe in e)return e;let t=p(e);if(t!==d&&t!==f)return e;var n=new Map,r=i(e),a=P(0),o=null,s=Kn,c=e=>{if(Kn===s)return e();var t=H,n=Kn;W(null),qn(s);var r=e();return W(t),qn(n),r};return r&&n.set(`length`,P(e.length,o)),new Proxy(e,{defineProperty(e,t,r){`value`in r&&r.configurable!==!1&&r.enumerable!==!1&&r.writable!==!1||We();var i=n.get(t);return i===void 0?c(()=>{var e=P(r.value,o);return n.set(t,e),e}):F(i,r.value,!0),!0},deleteProperty(e,t){var r=n.get(t);if(r===void 0){if(t in e){let e=c(()=>P(C,o));n.set(t,e),Jt(a)}}else F(r,C),Jt(a);return!0},get(t,r,i){if(r===de)return e;var a=n.get(r),s=r in t;if(a===void 0&&(!s||l(t,r)?.writable)&&(a=c(()=>P(I(s?t[r]:C),o)),n.set(r,a)),a!==void 0){var u=Y(a);return u===C?void 0:u}return Reflect.get(t,r,i)},getOwnPropertyDescriptor(e,t){this.has?.(e,t);var r=Reflect.getOwnPropertyDescriptor(e,t),i=n.get(t);if(i!==void 0){var a=Y(i);if(a===C)return;if(r&&`value`in r)r.value=a;else return{enumerable:!0,configurable:!0,value:a,writable:!0}}return r},has(e,t){if(t===de)return!0;var r=n.get(t),i=r!==void 0&&r.v!==C||Reflect.has(e,t);return(r!==void 0||(G!==null||H!==null)&&(!i||l(e,t)?.writable))&&(r===void 0&&(r=c(()=>P(i?I(e[t]):C,o)),n.set(t,r)),Y(r)===C)?!1:i},set(e,t,i,s){var u=n.get(t),d=t in e;if(r&&t===`length`)for(var f=i;f<u.v;f+=1){var p=n.get(f+``);p===void 0?f in e&&(p=c(()=>P(C,o)),n.set(f+``,p)):F(p,C)}if(u===void 0)(!d||l(e,t)?.writable)&&(u=c(()=>P(void 0,o)),F(u,I(i)),n.set(t,u));else{d=u.v!==C;var m=c(()=>I(i));F(u,m)}var h=Reflect.getOwnPropertyDescriptor(e,t);if(h?.set&&h.set.call(s,i),!d){if(r&&typeof t==`string`){var g=n.get(`length`),_=Number(t);Number.isInteger(_)&&_>=g.v&&F(g,_+1)}Jt(a)}return!0},ownKeys(e){Y(a);var t=Reflect.ownKeys(e).filter(e=>{var t=n.get(e);return t===void 0||t.v!==C});for(var[r,i]of n)i.v!==C&&!(r in e)&&t.push(r);return t},setPrototypeOf(){Ge()}})}function Xt(e){try{if(typeof e==`object`&&e&&de in e)return e[de]}catch{}return e}function Zt(e,t){return Object.is(Xt(e),Xt(t))}var Qt,$t,en,tn;function nn(){if(Qt===void 0){Qt=window,$t=/Firefox/.test(navigator.userAgent);var e=Element.prototype,t=Node.prototype,n=Text.prototype;en=l(t,`firstChild`).get,tn=l(t,`nextSibling`).get,m(e)&&(e[ge]=void 0,e[he]=null,e[_e]=void 0,e.__e=void 0),m(n)&&(n[ve]=void 0)}}function L(e=``){return document.createTextNode(e)}function rn(e){return en.call(e)}function an(e){return tn.call(e)}function R(e,t){if(!w)return rn(e);var n=rn(T);if(n===null)n=T.appendChild(L());else if(t&&n.nodeType!==3){var r=L();return n?.before(r),E(r),r}return t&&dn(n),E(n),n}function on(e,t=!1){if(!w){var n=rn(e);return n instanceof Comment&&n.data===``?an(n):n}if(t){if(T?.nodeType!==3){var r=L();return T?.before(r),E(r),r}dn(T)}return T}function sn(e,t=!1){if(!w)return rn(e);var n=R(e,t);return D(e),n}function z(e,t=1,n=!1){let r=w?T:e;for(var i;t--;)i=r,r=an(r);if(!w)return r;if(n){if(r?.nodeType!==3){var a=L();return r===null?i?.after(a):r.before(a),E(a),a}dn(r)}return E(r),r}function cn(e){e.textContent=``}function ln(){return!1}function un(e,t,n){return t==null||t===`http://www.w3.org/1999/xhtml`?n?document.createElement(e,{is:n}):document.createElement(e):n?document.createElementNS(t,e,{is:n}):document.createElementNS(t,e)}function dn(e){if(e.nodeValue.length<65536)return;let t=e.nextSibling;for(;t!==null&&t.nodeType===3;)t.remove(),e.nodeValue+=t.nodeValue,t=e.nextSibling}function fn(e){var t=G;if(t===null)return H.f|=ue,e;if(!(t.f&32768)&&!(t.f&4))throw e;pn(e,t)}function pn(e,t){if(e===Se)throw e;if(!(t!==null&&t.f&16384)){for(;t!==null;){if(t.f&128&&!(t.f&33570816)){if(!(t.f&32768))throw e;try{t.b.error(e);return}catch(t){e=t}}t=t.parent}throw e}}function mn(e){G===null&&(H===null&&Ve(e),Be()),Rn&&ze(e)}function hn(e,t){var n=t.last;n===null?t.last=t.first=e:(n.next=e,e.prev=n,t.last=e)}function gn(e,t){var n=G;n!==null&&n.f&8192&&(e|=ee);var r={ctx:O,deps:null,nodes:null,f:e|x|512,first:null,fn:t,last:null,next:null,parent:n,b:n&&n.b,prev:null,teardown:null,wv:0,ac:null};j?.register_created_effect(r);var i=r;if(e&4)Ot===null?Mt.ensure().schedule(r):Ot.push(r);else if(t!==null){try{tr(r)}catch(e){throw V(r),e}i.deps===null&&i.teardown===null&&i.nodes===null&&i.first===i.last&&!(i.f&524288)&&(i=i.first,e&16&&e&65536&&i!==null&&(i.f|=ie))}if(i!==null&&(i.parent=n,n!==null&&hn(i,n),H!==null&&H.f&2&&!(e&64))){var a=H;(a.effects??=[]).push(i)}return r}function _n(){return H!==null&&!U}function vn(e){let t=gn(8,null);return A(t,b),t.teardown=e,t}function yn(e){mn(`$effect`);var t=G.f;if(!H&&t&32&&O!==null&&!O.i){var n=O;(n.e??=[]).push(e)}else return bn(e)}function bn(e){return gn(4|oe,e)}function xn(e){Mt.ensure();let t=gn(64|ae,e);return(e={})=>new Promise(n=>{e.outro?Mn(t,()=>{V(t),n(void 0)}):(V(t),n(void 0))})}function Sn(e){return gn(4,e)}function Cn(e){return gn(le|ae,e)}function wn(e,t=0){return gn(8|t,e)}function Tn(e,t=[],n=[],r=[]){lt(r,t,n,t=>{gn(8,()=>{e(...t.map(Y))})})}function En(e,t=0){return gn(16|t,e)}function B(e){return gn(32|ae,e)}function Dn(e){var t=e.teardown;if(t!==null){let n=Rn,r=H;zn(!0),W(null);try{t.call(null)}catch(t){pn(t,e.parent)}finally{zn(n),W(r)}}}function On(e,t=!1){var n=e.first;for(e.first=e.last=null;n!==null;){let e=n.ac;e!==null&&st(()=>{e.abort(be)});var r=n.next;n.f&64?n.parent=null:V(n,t),n=r}}function kn(e){for(var t=e.first;t!==null;){var n=t.next;t.f&32||V(t),t=n}}function V(e,t=!0){var n=!1;(t||e.f&262144)&&e.nodes!==null&&e.nodes.end!==null&&(An(e.nodes.start,e.nodes.end),n=!0),e.f|=re,On(e,t&&!n),er(e,0);var r=e.nodes&&e.nodes.t;if(r!==null)for(let e of r)e.stop();Dn(e),e.f^=re,e.f|=te;var i=e.parent;i!==null&&i.first!==null&&jn(e),e.next=e.prev=e.teardown=e.ctx=e.deps=e.fn=e.nodes=e.ac=e.b=null}function An(e,t){for(;e!==null;){var n=e===t?null:an(e);e.remove(),e=n}}function jn(e){var t=e.parent,n=e.prev,r=e.next;n!==null&&(n.next=r),r!==null&&(r.prev=n),t!==null&&(t.first===e&&(t.first=r),t.last===e&&(t.last=n))}function Mn(e,t,n=!0){var r=[];e.f|=256,Nn(e,r,!0);var i=()=>{n&&V(e),t&&t()},a=r.length;if(a>0){var o=()=>--a||i();for(var s of r)s.out(o)}else i()}function Nn(e,t,n){if(!(e.f&8192)){e.f^=ee;var r=e.nodes&&e.nodes.t;if(r!==null)for(let e of r)(e.is_global||n)&&t.push(e);for(var i=e.first;i!==null;){var a=i.next;if(!(i.f&64)){var o=!!(i.f&65536)||!!(i.f&32)&&!!(e.f&16);Nn(i,t,o?n:!1)}i=a}}}function Pn(e){e.f&=-257,Fn(e,!0)}function Fn(e,t){if(!(e.f&256)&&e.f&8192){e.f^=ee,e.f&1024||(A(e,x),Mt.ensure().schedule(e));for(var n=e.first;n!==null;){var r=n.next,i=!!(n.f&65536)||!!(n.f&32);Fn(n,i?t:!1),n=r}var a=e.nodes&&e.nodes.t;if(a!==null)for(let e of a)(e.is_global||t)&&e.in()}}function In(e,t){if(e.nodes)for(var n=e.nodes.start,r=e.nodes.end;n!==null;){var i=n===r?null:an(n);t.append(n),n=i}}var Ln=null,Rn=!1;function zn(e){Rn=e}var H=null,U=!1;function W(e){H=e}var G=null;function Bn(e){G=e}var Vn=null;function Hn(e){H!==null&&(H.f&2097152||H.f&2)&&(Vn??=new Set).add(e)}var K=null,q=0,J=null;function Un(e){J=e}var Wn=1,Gn=0,Kn=Gn;function qn(e){Kn=e}function Jn(){return++Wn}function Yn(e){var t=e.f;if(t&2048)return!0;if(t&4096){for(var n=e.deps,r=n.length,i=0;i<r;i++){var a=n[i];if(Yn(a)&&bt(a),a.wv>e.wv)return!0}t&512&&M===null&&A(e,b)}return!1}function Xn(e,t,n=!0){var r=e.reactions;if(r!==null&&!(Vn!==null&&Vn.has(e)))for(var i=0;i<r.length;i++){var a=r[i];a.f&2?Xn(a,t,!1):t===a&&(n?A(a,x):a.f&1024&&A(a,S),Lt(a))}}function Zn(e){var t=K,n=q,r=J,i=H,a=Vn,o=O,s=U,c=Kn,l=e.f;K=null,q=0,J=null,H=l&96?null:e,Vn=null,Je(e.ctx),U=!1,Kn=++Gn,e.ac!==null&&(st(()=>{e.ac.abort(be)}),e.ac=null);try{e.f|=ce;var u=(0,e.fn)();e.f|=ne;var d=Qn(e);if(Qe()&&J!==null&&!U&&d!==null&&!(e.f&6146))for(var f=0;f<J.length;f++)Xn(J[f],e);if(i!==null&&i!==e){if(Gn++,i.deps!==null)for(let e=0;e<n;e+=1)i.deps[e].rv=Gn;if(t!==null)for(let e of t)e.rv=Gn;J!==null&&(r===null?r=J:r.push(...J))}return e.f&8388608&&(e.f^=ue),u}catch(t){return Qn(e),fn(t)}finally{e.f^=ce,K=t,q=n,J=r,H=i,Vn=a,Je(o),U=s,Kn=c}}function Qn(e){var t=e.deps,n=j?.is_fork;if(K!==null){var r;if(n||er(e,q),t!==null&&q>0)for(t.length=q+K.length,r=0;r<K.length;r++)t[q+r]=K[r];else e.deps=t=K;if(_n()&&e.f&512)for(r=q;r<t.length;r++)(t[r].reactions??=[]).push(e)}else!n&&t!==null&&q<t.length&&(er(e,q),t.length=q);return t}function $n(e,t){let n=t.reactions;if(n!==null){var r=a.call(n,e);if(r!==-1){var i=n.length-1;i===0?n=t.reactions=null:(n[r]=n[i],n.pop())}}if(n===null&&t.f&2&&(K===null||!o.call(K,t))){var s=t;s.f&512&&(s.f^=512),s.v!==C&&rt(s),s.ac!==null&&st(()=>{s.ac.abort(be),s.ac=null,A(s,x)}),xt(s),er(s,0)}}function er(e,t){var n=e.deps;if(n!==null)for(var r=t;r<n.length;r++)$n(e,n[r])}function tr(e){var t=e.f;if(!(t&16384)){A(e,b);var n=G;G=e;try{t&16777232?kn(e):On(e),Dn(e);var r=Zn(e);e.teardown=typeof r==`function`?r:null,e.wv=Wn}finally{G=n}}}async function nr(){await Promise.resolve(),Nt()}function Y(e){var t=!!(e.f&2);if(Ln?.add(e),H!==null&&!U&&!(G!==null&&G.f&16384)&&(Vn===null||!Vn.has(e))){var n=H.deps;if(H.f&2097152)e.rv<Gn&&(e.rv=Gn,K===null&&n!==null&&n[q]===e?q++:K===null?K=[e]:K.push(e));else{H.deps??=[],o.call(H.deps,e)||H.deps.push(e);var r=e.reactions;r===null?e.reactions=[H]:o.call(r,H)||r.push(H)}}if(Rn&&N.has(e))return N.get(e);if(t){var i=e;if(Rn){var a=i.v;return(!(i.f&1024)&&i.reactions!==null||ir(i))&&(a=yt(i)),N.set(i,a),a}var s=!(i.f&512)&&!U&&H!==null&&!!(H.f&512),c=(i.f&ne)===0;Yn(i)&&(s&&(i.f|=512),bt(i)),s&&!c&&(St(i),rr(i))}if(M?.has(e))return M.get(e);if(e.f&8388608)throw e.v;return e.v}function rr(e){if(e.f|=512,e.deps!==null)for(let n of e.deps){var t=n.reactions;t===null?n.reactions=[e]:o.call(t,e)||t.push(e),n.f&2&&!(n.f&512)&&(St(n),rr(n))}}function ir(e){if(e.v===C)return!0;if(e.deps===null)return!1;for(let t of e.deps)if(N.has(t)||t.f&2&&ir(t))return!0;return!1}function ar(e){var t=U;try{return U=!0,e()}finally{U=t}}[...`allowfullscreen.async.autofocus.autoplay.checked.controls.default.disabled.formnovalidate.indeterminate.inert.ismap.loop.multiple.muted.nomodule.novalidate.open.playsinline.readonly.required.reversed.seamless.selected.webkitdirectory.defer.disablepictureinpicture.disableremoteplayback`.split(`.`)];var or=[`touchstart`,`touchmove`];function sr(e){return or.includes(e)}var cr=Symbol(`events`),lr=new Set,ur=new Set;function dr(e,t,n,r={}){function i(e){if(r.capture||_r.call(t,e),!e.cancelBubble)return st(()=>n?.call(this,e))}return e.startsWith(`pointer`)||e.startsWith(`touch`)||e===`wheel`?(i.__removed=!1,k(()=>{i.__removed||t.addEventListener(e,i,r)})):t.addEventListener(e,i,r),i}function fr(e,t,n,r,i){var a={capture:r,passive:i},o=dr(e,t,n,a);(t===document.body||t===window||t===document||t instanceof HTMLMediaElement)&&vn(()=>{o.__removed=!0,t.removeEventListener(e,o,a)})}function pr(e,t,n){(t[cr]??={})[e]=n}function mr(e){for(var t=0;t<e.length;t++)lr.add(e[t]);for(var n of ur)n(e)}var hr=null,gr=!1;function _r(e){var t=this,n=t.ownerDocument,r=e.type,i=e.composedPath?.()||[],a=i[0]||e.target;hr=e,gr||(gr=!0,setTimeout(()=>{gr=!1,hr=null}));var o=0,s=hr===e&&e[cr];if(s){var l=i.indexOf(s);if(l!==-1&&(t===document||t===window)){e[cr]=t;return}var u=i.indexOf(t);if(u===-1)return;l<=u&&(o=l)}if(a=i[o]||e.target,a!==t){c(e,`currentTarget`,{configurable:!0,get(){return a||n}});var d=H,f=G;W(null),Bn(null);try{for(var p,m=[];a!==null&&a!==t;){try{var h=a[cr]?.[r];h==null||a.disabled&&e.target!==a||h.call(a,e)}catch(e){p?m.push(e):p=e}if(e.cancelBubble)break;o++,a=o<i.length?i[o]:null}if(p){for(let e of m)queueMicrotask(()=>{throw e});throw p}}finally{e[cr]=t,delete e.currentTarget,W(d),Bn(f)}}}var vr=globalThis?.window?.trustedTypes&&globalThis.window.trustedTypes.createPolicy(`svelte-trusted-html`,{createHTML:e=>e});function yr(e){return vr?.createHTML(e)??e}function br(e){var t=un(`template`);return t.innerHTML=yr(e.replaceAll(`<!>`,`<!---->`)),t.content}function xr(e,t){var n=G;n.nodes===null&&(n.nodes={start:e,end:t,a:null,t:null})}function Sr(e,t){var n=!!(t&1),r=!!(t&2),i,a=!e.startsWith(`<!>`);return()=>{if(w)return xr(T,null),T;i===void 0&&(i=br(a?e:`<!>`+e),n||(i=rn(i)));var t=r||$t?document.importNode(i,!0):i.cloneNode(!0);return n?xr(rn(t),t.lastChild):xr(t,t),t}}function Cr(e=``){if(!w){var t=L(e+``);return xr(t,t),t}var n=T;return n.nodeType===3?dn(n):(n.before(n=L()),E(n)),xr(n,n),n}function wr(){if(w)return xr(T,null),T;var e=document.createDocumentFragment(),t=document.createComment(``),n=L();return e.append(t,n),xr(t,n),e}function X(e,t){if(w){var n=G;n.f&32768&&n.nodes.end!==null||(n.nodes.end=T),ke()}else e!==null&&e.before(t)}function Tr(e){let t=0,n=Ht(0),r;return()=>{_n()&&(Y(n),wn(()=>(t===0&&(r=ar(()=>e(()=>Jt(n)))),t+=1,()=>{k(()=>{--t,t===0&&(r?.(),r=void 0,Jt(n))})})))}}var Er=ie|ae;function Dr(e,t,n,r){new Or(e,t,n,r)}var Or=class{parent;is_pending=!1;transform_error;#e;#t=w?T:null;#n;#r;#i;#a=null;#o=null;#s=null;#c=null;#l=0;#u=0;#d=!1;#f=new Map;#p=null;#m=Tr(()=>(this.#p=Ht(this.#l),()=>{this.#p=null}));constructor(e,t,n,r){this.#e=e,this.#n=t,this.#r=e=>{var t=G;t.b=this,t.f|=128,n(e)},this.parent=G.b,this.transform_error=r??this.parent?.transform_error??(e=>e),this.#i=En(()=>{if(w){let e=Me(this.#t);ke();let t=e===`[!`;if(e.startsWith(`[?`)){let t=JSON.parse(e.slice(2));this.#g(t)}else t?this.#y():this.#h()}else this.#b()},Er),w&&(this.#e=T)}#h(){try{this.#a=B(()=>this.#r(this.#e))}catch(e){this.error(e)}}#g(e){let t=this.#n.failed,{reset:n,invoke_onerror:r}=this.#_(e);k(r),t&&(this.#s=B(()=>{t(this.#e,()=>e,()=>n)}))}#_(e){var t=!1,n=!1;let r=()=>{this.#v()||(t?De():(t=!0,n&&qe(),this.#s!==null&&Mn(this.#s,()=>{this.#s=null}),this.#S(()=>{this.#b()})))};return{reset:r,invoke_onerror:()=>{if(!this.#v())try{n=!0,this.#n.onerror?.(e,r),n=!1}catch(e){pn(e,this.#i&&this.#i.parent)}}}}#v(){return(this.#i.f&(te|re))!==0}#y(){let e=this.#n.pending;e&&(this.is_pending=!0,this.#o=B(()=>e(this.#e)),k(()=>{if(!this.#v()){var e=this.#c=document.createDocumentFragment(),t=L(),n=!1;e.append(t),this.#a=this.#S(()=>{try{return B(()=>this.#r(t))}catch(e){try{this.error(e),n=!0}catch(e){pn(e,this.#i.parent)}return null}}),this.#a===null?(this.#c=null,n&&this.#x(j)):this.#u===0&&(this.#e.before(e),this.#c=null,Mn(this.#o,()=>{this.#o=null}),this.#x(j))}}))}#b(){try{if(this.is_pending=this.has_pending_snippet(),this.#u=0,this.#l=0,this.#a=B(()=>{this.#r(this.#e)}),this.#u>0){var e=this.#c=document.createDocumentFragment();In(this.#a,e);let t=this.#n.pending;this.#o=B(()=>t(this.#e))}else this.#x(j)}catch(e){this.error(e)}}#x(e){this.is_pending=!1,e.transfer_reactions(this.#f)}defer_effect(e){it(e,this.#f)}is_rendered(){return!this.is_pending&&(!this.parent||this.parent.is_rendered())}has_pending_snippet(){return!!this.#n.pending}#S(e){var t=G,n=H,r=O;Bn(this.#i),W(this.#i),Je(this.#i.ctx);try{return Mt.ensure(),e()}finally{Bn(t),W(n),Je(r)}}#C(e,t){this.has_pending_snippet()?(this.#u+=e,this.#u===0&&(this.#x(t),this.#o&&Mn(this.#o,()=>{this.#o=null}),this.#c&&=(this.#e.before(this.#c),null))):this.parent&&this.parent.#C(e,t)}update_pending_count(e,t){this.#C(e,t),this.#l+=e,!this.#p||this.#d||(this.#d=!0,k(()=>{this.#d=!1,this.#p&&Kt(this.#p,this.#l)}))}get_effect_pending(){return this.#m(),Y(this.#p)}error(e){if(e===Se||!this.#n.onerror&&!this.#n.failed)throw e;j?.is_fork?(this.#a&&j.skip_effect(this.#a),this.#o&&j.skip_effect(this.#o),this.#s&&j.skip_effect(this.#s),j.oncommit(()=>{this.#v()||this.#w(e)})):this.#w(e)}#w(e){this.#a&&=(V(this.#a),null),this.#o&&=(V(this.#o),null),this.#s&&=(V(this.#s),null),w&&(E(this.#t),Ae(),E(je()));let t=this.#n.failed,n=e=>{if(this.#v())return;let{reset:n,invoke_onerror:r}=this.#_(e);r(),t&&!this.#v()&&(this.#s=this.#S(()=>{try{return B(()=>{var r=G;r.b=this,r.f|=128,t(this.#e,()=>e,()=>n)})}catch(e){return pn(e,this.#i.parent),null}}))};k(()=>{if(!this.#v()){var t;try{t=this.transform_error(e)}catch(e){pn(e,this.#i&&this.#i.parent);return}typeof t==`object`&&t&&typeof t.then==`function`?t.then(n,e=>pn(e,this.#i&&this.#i.parent)):n(t)}})}};function kr(e,t){var n=t==null?``:typeof t==`object`?`${t}`:t;n!==(e[ve]??=e.nodeValue)&&(e[ve]=n,e.nodeValue=`${n}`)}function Ar(e,t){return Mr(e,t)}var jr=new Map;function Mr(e,{target:t,anchor:n,props:r={},events:i,context:a,intro:o=!0,transformError:c}){nn();var l=void 0,u=xn(()=>{var o=n??t.appendChild(L());Dr(o,{pending:()=>{}},t=>{Ye({});var n=O;if(a&&(n.c=a),i&&(r.$$events=i),w&&xr(t,null),l=e(t,r)||Ze(),w&&(G.nodes.end=T,T===null||T.nodeType!==8||T.data!==`]`))throw Te(),Se;Xe()},c);var u=new Set,d=e=>{for(var n=0;n<e.length;n++){var r=e[n];if(!u.has(r)){u.add(r);var i=sr(r);for(let e of[t,document]){var a=jr.get(e);a===void 0&&(a=new Map,jr.set(e,a));var o=a.get(r);o===void 0?(e.addEventListener(r,_r,{passive:i}),a.set(r,1)):a.set(r,o+1)}}}};return d(s(lr)),ur.add(d),()=>{for(var e of u)for(let n of[t,document]){var r=jr.get(n),i=r.get(e);--i==0?(n.removeEventListener(e,_r),r.delete(e),r.size===0&&jr.delete(n)):r.set(e,i)}ur.delete(d),o!==n&&o.parentNode?.removeChild(o)}});return Nr.set(l,u),l}var Nr=new WeakMap,Pr=class{anchor;#e=new Map;#t=new Map;#n=new Map;#r=new Set;#i=!0;constructor(e,t=!0){this.anchor=e,this.#i=t}#a=e=>{if(this.#e.has(e)){var t=this.#e.get(e),n=this.#t.get(t);if(n)Pn(n),this.#r.delete(t);else{var r=this.#n.get(t);r&&(Pn(r.effect),this.#t.set(t,r.effect),this.#n.delete(t),r.fragment.lastChild.remove(),this.anchor.before(r.fragment),n=r.effect)}for(let[t,n]of this.#e){if(this.#e.delete(t),t===e)break;let r=this.#n.get(n);r&&(V(r.effect),this.#n.delete(n))}for(let[e,r]of this.#t){if(e===t||this.#r.has(e))continue;let i=()=>{if(Array.from(this.#e.values()).includes(e)){var t=document.createDocumentFragment();In(r,t),t.append(L()),this.#n.set(e,{effect:r,fragment:t})}else V(r);this.#r.delete(e),this.#t.delete(e)};this.#i||!n?(this.#r.add(e),Mn(r,i,!1)):i()}}};#o=e=>{this.#e.delete(e);let t=Array.from(this.#e.values());for(let[e,n]of this.#n)t.includes(e)||(V(n.effect),this.#n.delete(e))};ensure(e,t){var n=j,r=ln();if(t&&!this.#t.has(e)&&!this.#n.has(e)){if(r){var i=document.createDocumentFragment(),a=L();i.append(a),this.#n.set(e,{effect:B(()=>t(a)),fragment:i})}else this.#t.set(e,B(()=>t(this.anchor)))}if(this.#e.set(n,e),r){for(let[t,r]of this.#t)t===e?n.unskip_effect(r):n.skip_effect(r);for(let[t,r]of this.#n)t===e?n.unskip_effect(r.effect):n.skip_effect(r.effect);n.oncommit(this.#a),n.ondiscard(this.#o)}else w&&(this.anchor=T),this.#a(n)}},Fr=0,Ir=1,Lr=2;function Rr(e,t,n,r,i){w&&ke();var a=Qe(),o=C,s=a?Ht(o):Ut(o,!1,!1),c=a?Ht(o):Ut(o,!1,!1),l=new Pr(e);En(()=>{var a=j,o=t(),u=!1;let d=w&&g(o)===(e.data===`[!`);if(d&&(E(je()),Oe(!1)),g(o)){var f=ut(),p=!1;let e=e=>{if(!u){p=!0,f(!1),j===a&&a.deactivate(),Mt.ensure();try{e()}finally{dt(!1),Et||Nt()}}};o.then(t=>{e(()=>{Kt(s,t),l.ensure(Ir,r&&(e=>r(e,s)))})},t=>{e(()=>{if(Kt(c,t),l.ensure(Lr,i&&(e=>i(e,c))),!i)throw c.v})}),w?l.ensure(Fr,n):k(()=>{p||e(()=>{l.ensure(Fr,n)})})}else Kt(s,o),l.ensure(Ir,r&&(e=>r(e,s)));return d&&Oe(!0),()=>{u=!0}})}function zr(e,t,n=!1){var r;w&&(r=T,ke());var i=new Pr(e),a=n?ie:0;function o(e,t){if(w){var n=Me(r);if(e!==parseInt(n.substring(1))){var a=je();E(a),i.anchor=a,Oe(!1),i.ensure(e,t),Oe(!0);return}}i.ensure(e,t)}En(()=>{var e=!1;t((t,n=0)=>{e=!0,o(n,t)}),e||o(-1,null)},a)}function Br(e,t){return t}function Vr(e,t,n){for(var r=[],i=t.length,a,o=t.length,c=0;c<i;c++){let n=t[c];Mn(n,()=>{if(a){if(a.pending.delete(n),a.done.add(n),a.pending.size===0){var t=e.outrogroups;Hr(e,s(a.done)),t.delete(a),t.size===0&&(e.outrogroups=null)}}else--o},!1)}if(o===0){var l=r.length===0&&n!==null&&e.pending.size===0;if(l){var u=n,d=u.parentNode;cn(d),d.append(u),e.items.clear()}Hr(e,t,!l)}else a={pending:new Set(t),done:new Set},(e.outrogroups??=new Set).add(a)}function Hr(e,t,n=!0){var r;if(e.pending.size>0){r=new Set;for(let t of e.pending.values())for(let n of t)r.add(e.items.get(n).e)}for(var i=0;i<t.length;i++){var a=t[i];r?.has(a)?(a.f|=se,In(a,document.createDocumentFragment())):V(t[i],n)}}var Ur;function Wr(e,t,n,r,a,o=null){var c=e,l=new Map;if(t&4){var u=e;c=w?E(rn(u)):u.appendChild(L())}w&&ke();var d=null,f=_t(()=>{var e=n();return i(e)?e:e==null?[]:s(e)}),p=new Map,m=!0;function h(e){if(!(_.effect.f&16384)){_.pending.delete(e);var n=Y(f);_.fallback=d,Kr(_,n,c,t,r),d!==null&&(n.length===0?d.f&33554432?(d.f^=se,Jr(d,null,c)):Pn(d):Mn(d,()=>{d=null}))}}function g(e){_.pending.delete(e)}var _={effect:En(()=>{var e=Y(f),i=e.length;let s=!1;w&&Me(c)===`[!`!=(i===0)&&(c=je(),E(c),Oe(!1),s=!0);for(var u=new Set,_=j,v=ln(),y=0;y<i;y+=1){w&&T.nodeType===8&&T.data===`]`&&(c=T,s=!0,Oe(!1));var b=e[y],x=r(b,y),S=m?null:l.get(x);S?(S.v&&Kt(S.v,b),S.i&&Kt(S.i,y),v&&_.unskip_effect(S.e)):(S=qr(l,m?c:Ur??=L(),b,x,y,a,t,n),m||(S.e.f|=se),l.set(x,S)),u.add(x)}if(i===0&&o&&!d&&(m?d=B(()=>o(c)):(d=B(()=>o(Ur??=L())),d.f|=se)),i>u.size&&Re(``,``,``),w&&i>0&&E(je()),!m){if(p.set(_,u),v){for(let[e,t]of l)u.has(e)||_.skip_effect(t.e);_.oncommit(h),_.ondiscard(g)}else h(_)}s&&Oe(!0),Y(f)}),flags:t,items:l,pending:p,outrogroups:null,fallback:d};m=!1,w&&(c=T)}function Gr(e){for(;e!==null&&!(e.f&32);)e=e.next;return e}function Kr(e,t,n,r,i){var a=!!(r&8),o=t.length,c=e.items,l=Gr(e.effect.first),u,d=null,f,p=[],m=[],h,g,_,v;if(a)for(v=0;v<o;v+=1)h=t[v],g=i(h,v),_=c.get(g).e,_.f&33554432||(_.nodes?.a?.measure(),(f??=new Set).add(_));for(v=0;v<o;v+=1){if(h=t[v],g=i(h,v),_=c.get(g).e,e.outrogroups!==null)for(let t of e.outrogroups)t.pending.delete(_),t.done.delete(_);if(_.f&8192&&(Pn(_),a&&(_.nodes?.a?.unfix(),(f??=new Set).delete(_))),_.f&33554432){if(_.f^=se,_===l)Jr(_,null,n);else{var y=d?d.next:l;_===e.effect.last&&(e.effect.last=_.prev),_.prev&&(_.prev.next=_.next),_.next&&(_.next.prev=_.prev),Yr(e,d,_),Yr(e,_,y),Jr(_,y,n),d=_,p=[],m=[],l=Gr(d.next);continue}}if(_!==l){if(u!==void 0&&u.has(_)){if(p.length<m.length){var b=m[0],x;d=b.prev;var S=p[0],ee=p[p.length-1];for(x=0;x<p.length;x+=1)Jr(p[x],b,n);for(x=0;x<m.length;x+=1)u.delete(m[x]);Yr(e,S.prev,ee.next),Yr(e,d,S),Yr(e,ee,b),l=b,d=ee,--v,p=[],m=[]}else u.delete(_),Jr(_,l,n),Yr(e,_.prev,_.next),Yr(e,_,d===null?e.effect.first:d.next),Yr(e,d,_),d=_;continue}for(p=[],m=[];l!==null&&l!==_;)(u??=new Set).add(l),m.push(l),l=Gr(l.next);if(l===null)continue}_.f&33554432||p.push(_),d=_,l=Gr(_.next)}if(e.outrogroups!==null){for(let t of e.outrogroups)t.pending.size===0&&(Hr(e,s(t.done)),e.outrogroups?.delete(t));e.outrogroups.size===0&&(e.outrogroups=null)}if(l!==null||u!==void 0){var te=[];if(u!==void 0)for(_ of u)_.f&8192||te.push(_);for(;l!==null;)!(l.f&8192)&&l!==e.fallback&&te.push(l),l=Gr(l.next);var ne=te.length;if(ne>0){var re=r&4&&o===0?n:null;if(a){for(v=0;v<ne;v+=1)te[v].nodes?.a?.measure();for(v=0;v<ne;v+=1)te[v].nodes?.a?.fix()}Vr(e,te,re)}}a&&k(()=>{if(f!==void 0)for(_ of f)_.nodes?.a?.apply()})}function qr(e,t,n,r,i,a,o,s){var c=o&1?o&16?Ht(n):Ut(n,!1,!1):null,l=o&2?Ht(i):null;return{v:c,i:l,e:B(()=>(a(t,c??n,l??i,s),()=>{e.delete(r)}))}}function Jr(e,t,n){if(e.nodes)for(var r=e.nodes.start,i=e.nodes.end,a=t&&!(t.f&33554432)?t.nodes.start:n;r!==null;){var o=an(r);if(a.before(r),r===i)return;r=o}}function Yr(e,t,n){t===null?e.effect.first=n:t.next=n,n===null?e.effect.last=t:n.prev=t}function Xr(e,t,...n){var r=new Pr(e);En(()=>{let e=t()??null;r.ensure(e,e&&(t=>e(t,...n)))},ie)}function Zr(e,t,n){var r;w&&(r=T,ke());var i=new Pr(e);En(()=>{var e=t()??null;if(w&&Me(r)===`[`!=(e!==null)){var a=je();E(a),i.anchor=a,Oe(!1),i.ensure(e,e&&(t=>n(t,e))),Oe(!0)}else i.ensure(e,e&&(t=>n(t,e)))},ie)}var Qr=[...` 	
\r\f\xA0\v﻿`];function $r(e,t,n){var r=e==null?``:``+e;if(t&&(r=r?r+` `+t:t),n){for(var i of Object.keys(n))if(n[i])r=r?r+` `+i:i;else if(r.length)for(var a=i.length,o=0;(o=r.indexOf(i,o))>=0;){var s=o+a;(o===0||Qr.includes(r[o-1]))&&(s===r.length||Qr.includes(r[s]))?r=(o===0?``:r.substring(0,o))+r.substring(s+1):o=s}}return r===``?null:r}function ei(e,t=!1){var n=t?` !important;`:`;`,r=``;for(var i of Object.keys(e)){var a=e[i];a!=null&&a!==``&&(r+=` `+i+`: `+a+n)}return r}function ti(e){return e[0]!==`-`||e[1]!==`-`?e.toLowerCase():e}function ni(e,t){if(t){var n=``,r,i;if(Array.isArray(t)?(r=t[0],i=t[1]):r=t,e){e=String(e).replaceAll(/\/\*.*?\*\//g,``).trim();var a=!1,o=0,s=!1,c=[];r&&c.push(...Object.keys(r).map(ti)),i&&c.push(...Object.keys(i).map(ti));var l=0,u=-1;let t=e.length;for(var d=0;d<t;d++){var f=e[d];if(s?f===`/`&&e[d-1]===`*`&&(s=!1):a?a===f&&(a=!1):f===`/`&&e[d+1]===`*`?s=!0:f===`"`||f===`'`?a=f:f===`(`?o++:f===`)`&&o--,!s&&a===!1&&o===0){if(f===`:`&&u===-1)u=d;else if(f===`;`||d===t-1){if(u!==-1){var p=ti(e.substring(l,u).trim());if(!c.includes(p)){f!==`;`&&d++;var m=e.substring(l,d).trim();n+=` `+m+`;`}}l=d+1,u=-1}}}}return r&&(n+=ei(r)),i&&(n+=ei(i,!0)),n=n.trim(),n===``?null:n}return e==null?null:String(e)}function ri(e,t,n,r,i,a){var o=e[ge];if(w||o!==n||o===void 0){var s=$r(n,r,a);w&&s===e.getAttribute(`class`)||(s==null?e.removeAttribute(`class`):t?e.className=s:e.setAttribute(`class`,s)),e[ge]=n}else if(a&&i!==a)for(var c in a){var l=!!a[c];(i==null||l!==!!i[c])&&e.classList.toggle(c,l)}return a}function ii(e,t={},n,r){for(var i in n){var a=n[i];t[i]!==a&&(n[i]==null?e.style.removeProperty(i):e.style.setProperty(i,a,r))}}function ai(e,t,n,r){var i=e[_e];if(w||i!==t){var a=ni(t,r);w&&a===e.getAttribute(`style`)||(a==null?e.removeAttribute(`style`):e.style.cssText=a),e[_e]=t}else r&&(Array.isArray(r)?(ii(e,n?.[0],r[0]),ii(e,n?.[1],r[1],`important`)):ii(e,n,r));return r}function oi(e,t){t?e.hasAttribute(`selected`)||e.setAttribute(`selected`,``):e.removeAttribute(`selected`)}function si(e,t){var n=e.__defaultValue,r=e.multiple,a=r?n??[]:null;if(!r||i(a)){var o=e.selectedIndex,s=t&&r?new Set(e.selectedOptions):null;for(var c of e.options){var l=di(c);oi(c,r?a.includes(l):Zt(l,n))}if(t){if(s!==null)for(c of e.options){var u=s.has(c);c.selected!==u&&(c.selected=u)}else e.selectedIndex!==o&&(e.selectedIndex=o)}}}function ci(e,t,n=!1){if(e.multiple){if(t==null)return;if(!i(t))return Ee();for(var r of e.options)r.selected=t.includes(di(r))}else{for(r of e.options)if(Zt(di(r),t)){r.selected=!0;return}n&&t===void 0||(e.selectedIndex=-1)}}function li(e){var t=new MutationObserver(t=>{t.every(fi)||(`__defaultValue`in e&&si(e,!1),`__value`in e&&ci(e,e.__value))});t.observe(e,{childList:!0,subtree:!0,attributes:!0,attributeFilter:[`value`]}),vn(()=>{t.disconnect()})}function ui(e,t,n=t){var r=new WeakSet,i=!0;ct(e,`change`,t=>{var i=t?`[selected]`:`:checked`,a;if(e.multiple)a=[].map.call(e.querySelectorAll(i),di);else{var o=e.querySelector(i)??e.querySelector(`option:not([disabled])`);a=o&&di(o)}n(a),e.__value=a,j!==null&&r.add(j)}),Sn(()=>{var a=t();if(e===document.activeElement){var o=j;if(r.has(o))return}if(ci(e,a,i),i&&a===void 0){var s=e.querySelector(`:checked`);s!==null&&(a=di(s),n(a))}e.__value=a,i=!1})}function di(e){return`__value`in e?e.__value:e.value}function fi(e){if(e.target.closest(`selectedcontent`)!==null)return!0;if(e.type===`childList`){var t=[...e.addedNodes,...e.removedNodes];return t.length>0&&t.every(e=>e.nodeName===`SELECTEDCONTENT`)}return!1}var pi=Symbol(`is custom element`),mi=Symbol(`is html`),hi=xe?`link`:`LINK`,gi=xe?`progress`:`PROGRESS`;function _i(e){if(w){var t=!1,n=()=>{if(!t){if(t=!0,e.hasAttribute(`value`)){var n=e.value;bi(e,`value`,null),e.value=n}if(e.hasAttribute(`checked`)){var r=e.checked;bi(e,`checked`,null),e.checked=r}}};e[ye]=n,k(n),ot()}}function vi(e,t){var n=xi(e);n.value!==(n.value=t??void 0)&&(e.value!==t||t===0&&e.nodeName===gi)&&(e.value=t??``)}function yi(e,t){var n=xi(e);n.checked!==(n.checked=t??void 0)&&(e.checked=t)}function bi(e,t,n,r){var i=xi(e);if(!(w&&(i[t]=e.getAttribute(t),t===`src`||t===`srcset`||t===`href`&&e.nodeName===hi))){var a=i[t];a!==(i[t]=n)&&(t===`loading`&&(e[me]=n),n==null?e.removeAttribute(t):typeof n!=`string`&&Ci(e).has(t)?e[t]=n:(!w||typeof n!=`number`&&typeof n!=`boolean`||a!==String(n))&&e.setAttribute(t,n))}}function xi(e){return e[he]??={[pi]:e.nodeName.includes(`-`),[mi]:e.namespaceURI===Ce}}var Si=new Map;function Ci(e){var t=e.getAttribute(`is`)||e.nodeName,n=Si.get(t);if(n)return n;Si.set(t,n=new Set);for(var r,i=e,a=Element.prototype;a!==i;){for(var o in r=u(i),r)r[o].set&&o!==`innerHTML`&&o!==`textContent`&&o!==`innerText`&&n.add(o);i=p(i)}return n}function wi(e,t,n=t){var r=new WeakSet;ct(e,`input`,async i=>{var a=i?e.defaultValue:e.value;if(a=Oi(e)?ki(a):a,n(a),j!==null&&r.add(j),await nr(),a!==(a=t())){var o=e.selectionStart,s=e.selectionEnd,c=e.value.length;if(e.value=a??``,s!==null){var l=e.value.length;o===s&&s===c&&l>c?(e.selectionStart=l,e.selectionEnd=l):(e.selectionStart=o,e.selectionEnd=Math.min(s,l))}}}),(w&&e.defaultValue!==e.value||ar(t)==null&&e.value)&&(n(Oi(e)?ki(e.value):e.value),j!==null&&r.add(j)),wn(()=>{var n=t();if(e===document.activeElement){var i=j;if(r.has(i))return}Oi(e)&&n===ki(e.value)||(e.type!==`date`||n||e.value)&&n!==e.value&&(e.value=n??``)})}var Ti=new Set;function Ei(e,t,n,r,i=r){var a=n.getAttribute(`type`)===`checkbox`,o=e;let s=!1;if(t!==null)for(var c of t)o=o[c]??=[];o.push(n),ct(n,`change`,()=>{var e=n.__value;a&&(e=Di(o,e,n.checked)),i(e)},()=>i(a?[]:null)),wn(()=>{var e=r();w&&n.defaultChecked!==n.checked?s=!0:a?(e||=[],n.checked=e.includes(n.__value)):n.checked=Zt(n.__value,e)}),vn(()=>{var e=o.indexOf(n);e!==-1&&o.splice(e,1)}),Ti.has(o)||(Ti.add(o),k(()=>{o.sort((e,t)=>e.compareDocumentPosition(t)===4?-1:1),Ti.delete(o)})),k(()=>{if(s){var e=a?Di(o,e,n.checked):o.find(e=>e.checked)?.__value;i(e)}})}function Di(e,t,n){for(var r=new Set,i=0;i<e.length;i+=1)e[i].checked&&r.add(e[i].__value);return n||r.delete(t),Array.from(r)}function Oi(e){var t=e.type;return t===`number`||t===`range`}function ki(e){return e===``?null:+e}function Ai(e,t){return e===t||e?.[de]===t}function ji(e=Ze(),t,n,r){var i=O.r,a=G;return Sn(()=>{var o,s;return wn(()=>{o=s,s=r?.()||[],ar(()=>{Ai(n(...s),e)||(t(e,...s),o&&Ai(n(...o),e)&&t(null,...o))})}),()=>{let r=a;for(;r!==i&&r.parent!==null&&r.parent.f&33554432;)r=r.parent;let o=()=>{s&&Ai(n(...s),e)&&t(null,...s)},c=r.teardown;r.teardown=()=>{o(),c?.()}}}),e}function Mi(e,t,n,r,i){var a=()=>{r(n[e])};n.addEventListener(t,a),i?wn(()=>{n[e]=i()}):a(),(n===document.body||n===window||n===document)&&vn(()=>{n.removeEventListener(t,a)})}var Ni=!1;function Pi(e){var t=Ni;try{return Ni=!1,[e(),Ni]}finally{Ni=t}}function Fi(e,t,n,r){var i=!0,a=!!(n&8),o=!!(n&16),s=r,c=!0,u=void 0,d=()=>o&&i?(u??=pt(r),Y(u)):(c&&(c=!1,s=o?ar(r):r),s);let f;if(a){var p=de in e||pe in e;f=l(e,t)?.set??(p&&t in e?n=>e[t]=n:void 0)}var m,h=!1;a?[m,h]=Pi(()=>e[t]):m=e[t],m===void 0&&r!==void 0&&(m=d(),f&&(i&&Ue(t),f(m)));var g=i?()=>{var n=e[t];return n===void 0?d():(c=!0,n)}:()=>{var n=e[t];return n!==void 0&&(s=void 0),n===void 0?s:n};if(i&&!(n&4))return g;if(f){var _=e.$$legacy;return(function(e,t){return arguments.length>0?((!i||!t||_||h)&&f(t?g():e),e):g()})}var v=!1,y=(n&1?pt:_t)(()=>(v=!1,g()));a&&Y(y);var b=G;return(function(e,t){if(arguments.length>0){let n=t?Y(y):i&&a?I(e):e;return F(y,n),v=!0,s!==void 0&&(s=n),e}return Rn&&v||b.f&16384?y.v:Y(y)})}function Ii(e){O===null&&Ie(`onMount`),yn(()=>{let t=ar(e);if(typeof t==`function`)return t})}function Li(e){O===null&&Ie(`onDestroy`),Ii(()=>()=>ar(e))}typeof window<`u`&&((window.__svelte??={}).v??=new Set).add(`5`);var Ri=[{name:`login`,pattern:/^\/login$/,keys:[],private:!1,load:()=>r(()=>import(`./Login-BQHic2zn.js`),__vite__mapDeps([0,1]))},{name:`setup`,pattern:/^\/setup$/,keys:[],private:!1,load:()=>r(()=>import(`./FirstRun-CRNblUGC.js`),__vite__mapDeps([2,1]))},{name:`invite`,pattern:/^\/invite$/,keys:[],private:!1,load:()=>r(()=>import(`./Invite-U_0dxcDy.js`),__vite__mapDeps([3,1]))},{name:`home`,pattern:/^\/$/,keys:[],private:!0,load:()=>r(()=>import(`./Home-C2zpopwL.js`),__vite__mapDeps([4,5,1,6]))},{name:`account`,pattern:/^\/account$/,keys:[],private:!0,load:()=>r(()=>import(`./Account-BBy3xW5m.js`),__vite__mapDeps([7,8,9,1,10]))},{name:`new-workspace`,pattern:/^\/workspaces\/new$/,keys:[],private:!0,load:()=>r(()=>import(`./NewWorkspace-BKfMu85K.js`),__vite__mapDeps([11,1]))},{name:`workspace`,pattern:/^\/w\/([^/]+)$/,keys:[`workspaceId`],private:!0,load:()=>r(()=>import(`./Dashboard-B7E__hxG.js`),__vite__mapDeps([12,13,1,14]))},{name:`members`,pattern:/^\/w\/([^/]+)\/members$/,keys:[`workspaceId`],private:!0,load:()=>r(()=>import(`./Members-meiCBzHr.js`),__vite__mapDeps([15,8,1,16]))},...Object.entries({connect:()=>r(()=>import(`./Connect-Br0txn11.js`),__vite__mapDeps([17,9,18,1,19])),integrations:()=>r(()=>import(`./Integrations-DL-hRke1.js`),__vite__mapDeps([20,9,18,1,5,6,21])),people:()=>r(()=>import(`./People-DZeSrpRj.js`),__vite__mapDeps([22,9,18,1,23])),settings:()=>r(()=>import(`./Settings-2SL_LSsY.js`),__vite__mapDeps([24,8,18,1])),audit:()=>r(()=>import(`./AuditLog-CFtRwjXs.js`),__vite__mapDeps([25,8,9,18,1,26]))}).map(([e,t])=>({name:e,pattern:RegExp(`^/w/([^/]+)/${e}$`),keys:[`workspaceId`],private:!0,load:t}))],zi={name:`not-found`,pattern:/$^/,keys:[],private:!1,load:()=>r(()=>import(`./NotFound-C379snla.js`),[])};function Bi(e){for(let t of Ri){let n=t.pattern.exec(e);if(n){let e={};return t.keys.forEach((t,r)=>e[t]=decodeURIComponent(n[r+1]??``)),{name:t.name,params:e,private:t.private,load:t.load}}}return{name:zi.name,params:{},private:!1,load:zi.load}}var Vi=I({route:Bi(location.pathname),path:location.pathname});function Hi(e,t={}){t.replace?history.replaceState(null,``,e):history.pushState(null,``,e),Ui()}function Ui(){Vi.path=location.pathname,Vi.route=Bi(location.pathname)}addEventListener(`popstate`,Ui),document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target?.closest?.(`a`);if(!t||t.target||t.hasAttribute(`download`)||t.dataset.external!==void 0)return;let n=new URL(t.href,location.href);n.origin!==location.origin||n.pathname.startsWith(`/graphiql`)||(e.preventDefault(),Hi(n.pathname+n.search+n.hash))});function Wi(){let e=new URLSearchParams(location.search).get(`next`);return e&&e.startsWith(`/`)&&!e.startsWith(`//`)?e:`/`}var Z=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new Z(`
    fragment Figures on PeriodFigures {
  from
  to
  activeDays
  activeUsers
  dau
  wau
  mau
  currentStreak
  longestStreak
  topTool
  acceptanceRateByCount
  acceptanceRateByLines
  totals {
    interactions
    totalTokens
    costMillicents
    linesAdded
  }
}
    `,{fragmentName:`Figures`}),new Z(`
    fragment Series on UsageSeries {
  granularity
  from
  to
  metrics
  lines {
    provider
    points {
      start
      end
      values
    }
  }
}
    `,{fragmentName:`Series`}),new Z(`
    fragment Breakdown on Breakdown {
  dimension
  metric
  total
  hiddenGroups
  rows {
    key
    value
    share
  }
  other {
    key
    value
    share
  }
}
    `,{fragmentName:`Breakdown`});var Gi={'\n  query DashboardMeta($workspaceId: ID!, $isAdmin: Boolean!) {\n    integrations(workspaceId: $workspaceId) {\n      id\n      provider\n      displayName\n      status\n      historyHorizon\n      createdAt\n      lastSyncedAt\n      needsAttention\n      attentionReason\n    }\n    persons(workspaceId: $workspaceId) @include(if: $isAdmin) {\n      id\n      displayName\n    }\n    teams: breakdown(workspaceId: $workspaceId, dimension: TEAM, top: 1000) {\n      rows {\n        key\n      }\n    }\n    metricType: __type(name: "Metric") {\n      enumValues {\n        name\n        description\n      }\n    }\n    figuresType: __type(name: "PeriodFigures") {\n      fields {\n        name\n        description\n      }\n    }\n  }\n':new Z(`
    query DashboardMeta($workspaceId: ID!, $isAdmin: Boolean!) {
  integrations(workspaceId: $workspaceId) {
    id
    provider
    displayName
    status
    historyHorizon
    createdAt
    lastSyncedAt
    needsAttention
    attentionReason
  }
  persons(workspaceId: $workspaceId) @include(if: $isAdmin) {
    id
    displayName
  }
  teams: breakdown(workspaceId: $workspaceId, dimension: TEAM, top: 1000) {
    rows {
      key
    }
  }
  metricType: __type(name: "Metric") {
    enumValues {
      name
      description
    }
  }
  figuresType: __type(name: "PeriodFigures") {
    fields {
      name
      description
    }
  }
}
    `),"\n  query DashboardData(\n    $workspaceId: ID!\n    $range: DateRange!\n    $filter: UsageFilter\n    $granularity: Granularity!\n    $metric: Metric!\n    $cardMetrics: [Metric!]!\n  ) {\n    summary: usageSummary(workspaceId: $workspaceId, range: $range, filter: $filter) {\n      current {\n        ...Figures\n      }\n      previous {\n        ...Figures\n      }\n    }\n    series: usageSeries(\n      workspaceId: $workspaceId\n      range: $range\n      granularity: $granularity\n      metrics: [$metric]\n      splitByProvider: true\n      filter: $filter\n    ) {\n      ...Series\n    }\n    daily: usageSeries(\n      workspaceId: $workspaceId\n      range: $range\n      granularity: DAY\n      metrics: $cardMetrics\n      filter: $filter\n    ) {\n      ...Series\n    }\n    dailyByTool: usageSeries(\n      workspaceId: $workspaceId\n      range: $range\n      granularity: DAY\n      metrics: [$metric]\n      splitByProvider: true\n      filter: $filter\n    ) {\n      ...Series\n    }\n    heatmap: activityHeatmap(workspaceId: $workspaceId, range: $range, metric: $metric, filter: $filter) {\n      from\n      to\n      thresholds\n      cells {\n        day\n        count\n        level\n      }\n    }\n    byTool: breakdown(workspaceId: $workspaceId, range: $range, dimension: PROVIDER, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byModel: breakdown(workspaceId: $workspaceId, range: $range, dimension: MODEL, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byEditor: breakdown(workspaceId: $workspaceId, range: $range, dimension: EDITOR, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byLanguage: breakdown(\n      workspaceId: $workspaceId\n      range: $range\n      dimension: LANGUAGE\n      metric: $metric\n      filter: $filter\n    ) {\n      ...Breakdown\n    }\n    byFeature: breakdown(workspaceId: $workspaceId, range: $range, dimension: FEATURE, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byTeam: breakdown(workspaceId: $workspaceId, range: $range, dimension: TEAM, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    freshness: dataFreshness(workspaceId: $workspaceId, range: $range, filter: $filter) {\n      integrations {\n        integration {\n          id\n          provider\n          displayName\n        }\n        lagDays\n        days {\n          day\n          status\n          reason\n        }\n      }\n    }\n  }\n\n  fragment Figures on PeriodFigures {\n    from\n    to\n    activeDays\n    activeUsers\n    dau\n    wau\n    mau\n    currentStreak\n    longestStreak\n    topTool\n    acceptanceRateByCount\n    acceptanceRateByLines\n    totals {\n      interactions\n      totalTokens\n      costMillicents\n      linesAdded\n    }\n  }\n\n  fragment Series on UsageSeries {\n    granularity\n    from\n    to\n    metrics\n    lines {\n      provider\n      points {\n        start\n        end\n        values\n      }\n    }\n  }\n\n  fragment Breakdown on Breakdown {\n    dimension\n    metric\n    total\n    hiddenGroups\n    rows {\n      key\n      value\n      share\n    }\n    other {\n      key\n      value\n      share\n    }\n  }\n":new Z(`
    query DashboardData($workspaceId: ID!, $range: DateRange!, $filter: UsageFilter, $granularity: Granularity!, $metric: Metric!, $cardMetrics: [Metric!]!) {
  summary: usageSummary(workspaceId: $workspaceId, range: $range, filter: $filter) {
    current {
      ...Figures
    }
    previous {
      ...Figures
    }
  }
  series: usageSeries(
    workspaceId: $workspaceId
    range: $range
    granularity: $granularity
    metrics: [$metric]
    splitByProvider: true
    filter: $filter
  ) {
    ...Series
  }
  daily: usageSeries(
    workspaceId: $workspaceId
    range: $range
    granularity: DAY
    metrics: $cardMetrics
    filter: $filter
  ) {
    ...Series
  }
  dailyByTool: usageSeries(
    workspaceId: $workspaceId
    range: $range
    granularity: DAY
    metrics: [$metric]
    splitByProvider: true
    filter: $filter
  ) {
    ...Series
  }
  heatmap: activityHeatmap(
    workspaceId: $workspaceId
    range: $range
    metric: $metric
    filter: $filter
  ) {
    from
    to
    thresholds
    cells {
      day
      count
      level
    }
  }
  byTool: breakdown(
    workspaceId: $workspaceId
    range: $range
    dimension: PROVIDER
    metric: $metric
    filter: $filter
  ) {
    ...Breakdown
  }
  byModel: breakdown(
    workspaceId: $workspaceId
    range: $range
    dimension: MODEL
    metric: $metric
    filter: $filter
  ) {
    ...Breakdown
  }
  byEditor: breakdown(
    workspaceId: $workspaceId
    range: $range
    dimension: EDITOR
    metric: $metric
    filter: $filter
  ) {
    ...Breakdown
  }
  byLanguage: breakdown(
    workspaceId: $workspaceId
    range: $range
    dimension: LANGUAGE
    metric: $metric
    filter: $filter
  ) {
    ...Breakdown
  }
  byFeature: breakdown(
    workspaceId: $workspaceId
    range: $range
    dimension: FEATURE
    metric: $metric
    filter: $filter
  ) {
    ...Breakdown
  }
  byTeam: breakdown(
    workspaceId: $workspaceId
    range: $range
    dimension: TEAM
    metric: $metric
    filter: $filter
  ) {
    ...Breakdown
  }
  freshness: dataFreshness(
    workspaceId: $workspaceId
    range: $range
    filter: $filter
  ) {
    integrations {
      integration {
        id
        provider
        displayName
      }
      lagDays
      days {
        day
        status
        reason
      }
    }
  }
}
    fragment Figures on PeriodFigures {
  from
  to
  activeDays
  activeUsers
  dau
  wau
  mau
  currentStreak
  longestStreak
  topTool
  acceptanceRateByCount
  acceptanceRateByLines
  totals {
    interactions
    totalTokens
    costMillicents
    linesAdded
  }
}
fragment Series on UsageSeries {
  granularity
  from
  to
  metrics
  lines {
    provider
    points {
      start
      end
      values
    }
  }
}
fragment Breakdown on Breakdown {
  dimension
  metric
  total
  hiddenGroups
  rows {
    key
    value
    share
  }
  other {
    key
    value
    share
  }
}`),"\n  query DashboardPeople(\n    $workspaceId: ID!\n    $range: DateRange!\n    $filter: UsageFilter\n    $orderBy: Metric!\n    $first: Int!\n    $offset: Int!\n    $identities: Identities!\n  ) {\n    people(\n      workspaceId: $workspaceId\n      range: $range\n      filter: $filter\n      orderBy: $orderBy\n      first: $first\n      offset: $offset\n      identities: $identities\n    ) {\n      to\n      total\n      seats {\n        assigned\n        idle7Days\n        idle30Days\n      }\n      rows {\n        rank\n        value\n        subject {\n          personId\n          actorId\n          label\n        }\n        tools {\n          provider\n          activeDays\n          lastActiveDay\n        }\n        seats {\n          provider\n          plan\n          lastActiveDay\n          idle7Days\n          idle30Days\n        }\n      }\n    }\n  }\n":new Z(`
    query DashboardPeople($workspaceId: ID!, $range: DateRange!, $filter: UsageFilter, $orderBy: Metric!, $first: Int!, $offset: Int!, $identities: Identities!) {
  people(
    workspaceId: $workspaceId
    range: $range
    filter: $filter
    orderBy: $orderBy
    first: $first
    offset: $offset
    identities: $identities
  ) {
    to
    total
    seats {
      assigned
      idle7Days
      idle30Days
    }
    rows {
      rank
      value
      subject {
        personId
        actorId
        label
      }
      tools {
        provider
        activeDays
        lastActiveDay
      }
      seats {
        provider
        plan
        lastActiveDay
        idle7Days
        idle30Days
      }
    }
  }
}
    `),"\n  subscription DashboardUsageUpdated($workspaceId: ID!, $metrics: [Metric!]!, $filter: UsageFilter) {\n    usageUpdated(workspaceId: $workspaceId, metrics: $metrics, filter: $filter) {\n      resyncRequired\n      integrationId\n      days\n      series {\n        metrics\n        lines {\n          points {\n            start\n            values\n          }\n        }\n      }\n    }\n  }\n":new Z(`
    subscription DashboardUsageUpdated($workspaceId: ID!, $metrics: [Metric!]!, $filter: UsageFilter) {
  usageUpdated(workspaceId: $workspaceId, metrics: $metrics, filter: $filter) {
    resyncRequired
    integrationId
    days
    series {
      metrics
      lines {
        points {
          start
          values
        }
      }
    }
  }
}
    `),"\n  subscription DashboardSyncProgress($workspaceId: ID!) {\n    syncProgress(workspaceId: $workspaceId) {\n      resyncRequired\n      kind\n      integrationId\n      days\n      daysDone\n      daysTotal\n      error\n    }\n  }\n":new Z(`
    subscription DashboardSyncProgress($workspaceId: ID!) {
  syncProgress(workspaceId: $workspaceId) {
    resyncRequired
    kind
    integrationId
    days
    daysDone
    daysTotal
    error
  }
}
    `),"\n  subscription DashboardIntegrationChanged($workspaceId: ID!) {\n    integrationChanged(workspaceId: $workspaceId) {\n      resyncRequired\n      integrationId\n      change\n    }\n  }\n":new Z(`
    subscription DashboardIntegrationChanged($workspaceId: ID!) {
  integrationChanged(workspaceId: $workspaceId) {
    resyncRequired
    integrationId
    change
  }
}
    `),"\n  query Me {\n    me {\n      id\n      email\n      displayName\n      isInstanceAdmin\n    }\n    workspaces {\n      id\n      name\n      kind\n      role\n    }\n    version\n  }\n":new Z(`
    query Me {
  me {
    id
    email
    displayName
    isInstanceAdmin
  }
  workspaces {
    id
    name
    kind
    role
  }
  version
}
    `),"\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n":new Z(`
    mutation LogIn($email: String!, $password: String!) {
  logIn(email: $email, password: $password) {
    user {
      id
    }
  }
}
    `),"\n  mutation SignUp(\n    $email: String!\n    $password: String!\n    $displayName: String!\n    $inviteToken: String\n    $setupCode: String\n  ) {\n    signUp(\n      email: $email\n      password: $password\n      displayName: $displayName\n      inviteToken: $inviteToken\n      setupCode: $setupCode\n    ) {\n      user {\n        id\n        isInstanceAdmin\n      }\n    }\n  }\n":new Z(`
    mutation SignUp($email: String!, $password: String!, $displayName: String!, $inviteToken: String, $setupCode: String) {
  signUp(
    email: $email
    password: $password
    displayName: $displayName
    inviteToken: $inviteToken
    setupCode: $setupCode
  ) {
    user {
      id
      isInstanceAdmin
    }
  }
}
    `),"\n  mutation LogOut {\n    logOut\n  }\n":new Z(`
    mutation LogOut {
  logOut
}
    `),"\n  mutation ChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n":new Z(`
    mutation ChangePassword($current: String!, $new: String!) {
  changePassword(current: $current, new: $new)
}
    `),"\n  mutation AcceptInvite($token: String!) {\n    acceptInvite(token: $token) {\n      id\n      name\n      role\n    }\n  }\n":new Z(`
    mutation AcceptInvite($token: String!) {
  acceptInvite(token: $token) {
    id
    name
    role
  }
}
    `),"\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      kind\n      role\n    }\n  }\n":new Z(`
    mutation CreateWorkspace($name: String!) {
  createWorkspace(name: $name) {
    id
    name
    kind
    role
  }
}
    `),"\n  query Members($workspaceId: ID!) {\n    members(workspaceId: $workspaceId) {\n      role\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n":new Z(`
    query Members($workspaceId: ID!) {
  members(workspaceId: $workspaceId) {
    role
    user {
      id
      email
      displayName
    }
  }
}
    `),"\n  query Invitations($workspaceId: ID!) {\n    invitations(workspaceId: $workspaceId) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n":new Z(`
    query Invitations($workspaceId: ID!) {
  invitations(workspaceId: $workspaceId) {
    id
    email
    role
    expiresAt
  }
}
    `),"\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      id\n      token\n      email\n      role\n      expiresAt\n    }\n  }\n":new Z(`
    mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {
  inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {
    id
    token
    email
    role
    expiresAt
  }
}
    `),"\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n":new Z(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id)
}
    `),"\n  mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {\n    setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {\n      role\n    }\n  }\n":new Z(`
    mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {
  setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {
    role
  }
}
    `),"\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(workspaceId: $workspaceId, userId: $userId)\n  }\n":new Z(`
    mutation RemoveMember($workspaceId: ID!, $userId: ID!) {
  removeMember(workspaceId: $workspaceId, userId: $userId)
}
    `),"\n  query WorkspaceSettings($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      minGroupSize\n      role\n    }\n  }\n":new Z(`
    query WorkspaceSettings($id: ID!) {
  workspace(id: $id) {
    id
    name
    minGroupSize
    role
  }
}
    `),"\n  mutation UpdateWorkspaceSettings($workspaceId: ID!, $minGroupSize: Int!) {\n    updateWorkspaceSettings(workspaceId: $workspaceId, minGroupSize: $minGroupSize) {\n      id\n      minGroupSize\n    }\n  }\n":new Z(`
    mutation UpdateWorkspaceSettings($workspaceId: ID!, $minGroupSize: Int!) {
  updateWorkspaceSettings(workspaceId: $workspaceId, minGroupSize: $minGroupSize) {
    id
    minGroupSize
  }
}
    `),"\n  query AuditLog($workspaceId: ID!, $after: String) {\n    auditLog(workspaceId: $workspaceId, first: 50, after: $after) {\n      events {\n        id\n        at\n        actor\n        action\n        targetKind\n        targetId\n        detail\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n":new Z(`
    query AuditLog($workspaceId: ID!, $after: String) {
  auditLog(workspaceId: $workspaceId, first: 50, after: $after) {
    events {
      id
      at
      actor
      action
      targetKind
      targetId
      detail
    }
    endCursor
    hasNextPage
  }
}
    `),"\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n":new Z(`
    query ApiTokens {
  apiTokens {
    id
    name
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `),"\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n":new Z(`
    mutation CreateApiToken($name: String!) {
  createApiToken(name: $name) {
    token
    apiToken {
      id
    }
  }
}
    `),"\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n":new Z(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id)
}
    `),"\n  query WorkspaceIntegrations($workspaceId: ID!) {\n    integrations(workspaceId: $workspaceId) {\n      id\n      provider\n      displayName\n      scopeKind\n      scopeSlug\n      baseUrl\n      secretHint\n      status\n      schedule\n      nextSyncAt\n      lastSyncedAt\n      lastError\n      needsAttention\n      attentionReason\n      lastRun {\n        id\n        status\n        daysTotal\n        daysDone\n        daysFailed\n        error\n        startedAt\n        finishedAt\n      }\n      failedDays {\n        day\n        state\n        reason\n        attempts\n        maxAttempts\n        nextRetryAt\n      }\n    }\n  }\n":new Z(`
    query WorkspaceIntegrations($workspaceId: ID!) {
  integrations(workspaceId: $workspaceId) {
    id
    provider
    displayName
    scopeKind
    scopeSlug
    baseUrl
    secretHint
    status
    schedule
    nextSyncAt
    lastSyncedAt
    lastError
    needsAttention
    attentionReason
    lastRun {
      id
      status
      daysTotal
      daysDone
      daysFailed
      error
      startedAt
      finishedAt
    }
    failedDays {
      day
      state
      reason
      attempts
      maxAttempts
      nextRetryAt
    }
  }
}
    `),"\n  query Freshness($workspaceId: ID!, $range: DateRange) {\n    dataFreshness(workspaceId: $workspaceId, range: $range) {\n      from\n      to\n      integrations {\n        integration {\n          id\n        }\n        finalDays\n        provisionalDays\n        missingDays\n        failedDays\n        unavailableDays\n        days {\n          day\n          status\n          reason\n        }\n      }\n    }\n  }\n":new Z(`
    query Freshness($workspaceId: ID!, $range: DateRange) {
  dataFreshness(workspaceId: $workspaceId, range: $range) {
    from
    to
    integrations {
      integration {
        id
      }
      finalDays
      provisionalDays
      missingDays
      failedDays
      unavailableDays
      days {
        day
        status
        reason
      }
    }
  }
}
    `),"\n  subscription SyncProgress($workspaceId: ID!) {\n    syncProgress(workspaceId: $workspaceId) {\n      kind\n      resyncRequired\n      integrationId\n      runId\n      daysDone\n      daysTotal\n      error\n    }\n  }\n":new Z(`
    subscription SyncProgress($workspaceId: ID!) {
  syncProgress(workspaceId: $workspaceId) {
    kind
    resyncRequired
    integrationId
    runId
    daysDone
    daysTotal
    error
  }
}
    `),"\n  subscription IntegrationChanged($workspaceId: ID!) {\n    integrationChanged(workspaceId: $workspaceId) {\n      integrationId\n      change\n      resyncRequired\n    }\n  }\n":new Z(`
    subscription IntegrationChanged($workspaceId: ID!) {
  integrationChanged(workspaceId: $workspaceId) {
    integrationId
    change
    resyncRequired
  }
}
    `),"\n  mutation ConnectIntegration($workspaceId: ID!, $input: ConnectIntegrationInput!) {\n    connectIntegration(workspaceId: $workspaceId, input: $input) {\n      id\n      displayName\n    }\n  }\n":new Z(`
    mutation ConnectIntegration($workspaceId: ID!, $input: ConnectIntegrationInput!) {
  connectIntegration(workspaceId: $workspaceId, input: $input) {
    id
    displayName
  }
}
    `),"\n  mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {\n    updateIntegration(id: $id, input: $input) {\n      id\n      status\n      schedule\n      secretHint\n    }\n  }\n":new Z(`
    mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {
  updateIntegration(id: $id, input: $input) {
    id
    status
    schedule
    secretHint
  }
}
    `),"\n  mutation DisconnectIntegration($id: ID!, $keepData: Boolean!) {\n    disconnectIntegration(id: $id, keepData: $keepData)\n  }\n":new Z(`
    mutation DisconnectIntegration($id: ID!, $keepData: Boolean!) {
  disconnectIntegration(id: $id, keepData: $keepData)
}
    `),"\n  mutation SyncIntegration($id: ID!, $from: NaiveDate, $to: NaiveDate) {\n    syncIntegration(id: $id, from: $from, to: $to) {\n      id\n      daysTotal\n    }\n  }\n":new Z(`
    mutation SyncIntegration($id: ID!, $from: NaiveDate, $to: NaiveDate) {
  syncIntegration(id: $id, from: $from, to: $to) {
    id
    daysTotal
  }
}
    `),"\n  mutation RetryFailedDay($integrationId: ID!, $day: NaiveDate!) {\n    retryFailedDay(integrationId: $integrationId, day: $day) {\n      id\n    }\n  }\n":new Z(`
    mutation RetryFailedDay($integrationId: ID!, $day: NaiveDate!) {
  retryFailedDay(integrationId: $integrationId, day: $day) {
    id
  }
}
    `),"\n  mutation AcknowledgeFailedDay($integrationId: ID!, $day: NaiveDate!) {\n    acknowledgeFailedDay(integrationId: $integrationId, day: $day) {\n      day\n      state\n    }\n  }\n":new Z(`
    mutation AcknowledgeFailedDay($integrationId: ID!, $day: NaiveDate!) {
  acknowledgeFailedDay(integrationId: $integrationId, day: $day) {
    day
    state
  }
}
    `),"\n  query InstanceState {\n    setupRequired\n    sampleDataEnabled\n  }\n":new Z(`
    query InstanceState {
  setupRequired
  sampleDataEnabled
}
    `),"\n  mutation LoadSampleData($workspaceId: ID!) {\n    loadSampleData(workspaceId: $workspaceId) {\n      id\n    }\n  }\n":new Z(`
    mutation LoadSampleData($workspaceId: ID!) {
  loadSampleData(workspaceId: $workspaceId) {
    id
  }
}
    `),"\n  query PeopleAdmin($workspaceId: ID!, $range: DateRange) {\n    persons(workspaceId: $workspaceId) {\n      id\n      displayName\n      email\n      actors {\n        id\n        integrationId\n        provider\n        kind\n        identifier\n        displayName\n        identityKind\n      }\n    }\n    personLinkSuggestions(workspaceId: $workspaceId) {\n      actor {\n        id\n        provider\n        kind\n        identifier\n        displayName\n      }\n      person {\n        id\n        displayName\n      }\n      explanation\n    }\n    people(workspaceId: $workspaceId, range: $range, first: 1000, identities: ALL) {\n      rows {\n        subject {\n          personId\n          label\n          actor {\n            id\n            provider\n            kind\n            identifier\n            displayName\n            identityKind\n          }\n        }\n        seats {\n          provider\n          plan\n          lastActiveDay\n          idle30Days\n        }\n      }\n      seats {\n        assigned\n        idle7Days\n        idle30Days\n      }\n    }\n  }\n":new Z(`
    query PeopleAdmin($workspaceId: ID!, $range: DateRange) {
  persons(workspaceId: $workspaceId) {
    id
    displayName
    email
    actors {
      id
      integrationId
      provider
      kind
      identifier
      displayName
      identityKind
    }
  }
  personLinkSuggestions(workspaceId: $workspaceId) {
    actor {
      id
      provider
      kind
      identifier
      displayName
    }
    person {
      id
      displayName
    }
    explanation
  }
  people(workspaceId: $workspaceId, range: $range, first: 1000, identities: ALL) {
    rows {
      subject {
        personId
        label
        actor {
          id
          provider
          kind
          identifier
          displayName
          identityKind
        }
      }
      seats {
        provider
        plan
        lastActiveDay
        idle30Days
      }
    }
    seats {
      assigned
      idle7Days
      idle30Days
    }
  }
}
    `),"\n  mutation LinkActor($actorId: ID!, $personId: ID!) {\n    linkActor(actorId: $actorId, personId: $personId) {\n      id\n      personId\n    }\n  }\n":new Z(`
    mutation LinkActor($actorId: ID!, $personId: ID!) {
  linkActor(actorId: $actorId, personId: $personId) {
    id
    personId
  }
}
    `),"\n  mutation UnlinkActor($actorId: ID!) {\n    unlinkActor(actorId: $actorId) {\n      id\n    }\n  }\n":new Z(`
    mutation UnlinkActor($actorId: ID!) {
  unlinkActor(actorId: $actorId) {
    id
  }
}
    `),"\n  mutation SetIdentityKind($actorId: ID!, $kind: IdentityKind!) {\n    setIdentityKind(actorId: $actorId, kind: $kind) {\n      id\n      identityKind\n    }\n  }\n":new Z(`
    mutation SetIdentityKind($actorId: ID!, $kind: IdentityKind!) {
  setIdentityKind(actorId: $actorId, kind: $kind) {
    id
    identityKind
  }
}
    `),"\n  mutation CreatePerson($workspaceId: ID!, $displayName: String!, $email: String) {\n    createPerson(workspaceId: $workspaceId, displayName: $displayName, email: $email) {\n      id\n      displayName\n    }\n  }\n":new Z(`
    mutation CreatePerson($workspaceId: ID!, $displayName: String!, $email: String) {
  createPerson(
    workspaceId: $workspaceId
    displayName: $displayName
    email: $email
  ) {
    id
    displayName
  }
}
    `),"\n  mutation MergePeople($into: ID!, $from: ID!) {\n    mergePeople(into: $into, from: $from) {\n      id\n    }\n  }\n":new Z(`
    mutation MergePeople($into: ID!, $from: ID!) {
  mergePeople(into: $into, from: $from) {
    id
  }
}
    `)};function Q(e){return Gi[e]??{}}var Ki=class extends Error{code;field;constructor(e,t,n){super(e),this.name=`ApiError`,this.code=t,this.field=n}};function qi(e){let t=e[0];return new Ki(t?.message??`request failed`,t?.extensions?.code??`INTERNAL`,t?.extensions?.field)}async function Ji(e,...[t]){let n;try{n=await fetch(`/graphql`,{method:`POST`,credentials:`same-origin`,headers:{"content-type":`application/json`,accept:`application/json`},body:JSON.stringify({query:e.toString(),variables:t??{}})})}catch{throw new Ki(`The service cannot be reached. Check your connection and try again.`,`NETWORK`)}let r;try{r=await n.json()}catch{throw new Ki(`The service answered ${n.status} without a GraphQL body.`,`INTERNAL`)}if(r.errors?.length)throw qi(r.errors);if(r.data==null)throw new Ki(`The service sent no data.`,`INTERNAL`);return r.data}var Yi,Xi=!1;function Zi(){return Yi??=r(async()=>{let{createClient:e}=await import(`./dist-DHCRdjNZ.js`).then(e=>e.t);return{createClient:e}},__vite__mapDeps([27,13])).then(({createClient:e})=>{let t=e({url:`${location.protocol===`https:`?`wss:`:`ws:`}//${location.host}/graphql/ws`,lazy:!0,retryAttempts:1/0,shouldRetry:()=>!0});return t.on(`connected`,()=>Xi=!0),t.on(`closed`,()=>Xi=!1),t}),Yi}function Qi(e,t,n,r=()=>{},i){let a,o,s=!1;return Zi().then(c=>{s||(i&&(o=c.on(`connected`,()=>i()),Xi&&queueMicrotask(i)),a=c.subscribe({query:e.toString(),variables:t},{next:e=>{e.errors?.length?r(qi(e.errors)):e.data&&n(e.data)},error:()=>r(new Ki(`The live connection failed.`,`NETWORK`)),complete:()=>{}}))}),()=>{s=!0,o?.(),a?.()}}async function $i(){if(!Yi)return;let e=await Yi;Yi=void 0,await e.dispose()}function ea(e){if(!(e instanceof Ki))return`Something went wrong. Try again.`;switch(e.code){case`FORBIDDEN`:return`You do not have permission to do this here. Ask an admin of this workspace if you need access.`;case`UNAUTHENTICATED`:return e.message===`wrong email or password`?`Wrong email or password.`:`Your session has ended. Log in again.`;case`RATE_LIMITED`:return`Too many attempts. Wait a minute and try again.`;case`NOT_FOUND`:return`This does not exist, or you cannot see it.`;case`NETWORK`:return e.message;case`BAD_USER_INPUT`:case`CONFLICT`:return ta(e.message);default:return`The service had a problem. Try again in a moment.`}}function ta(e){let t=e.charAt(0).toUpperCase()+e.slice(1);return/[.!?]$/.test(t)?t:`${t}.`}var na=Q(`
  query Me {
    me {
      id
      email
      displayName
      isInstanceAdmin
    }
    workspaces {
      id
      name
      kind
      role
    }
    version
  }
`),ra=Q(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      user {
        id
      }
    }
  }
`),ia=Q(`
  mutation SignUp(
    $email: String!
    $password: String!
    $displayName: String!
    $inviteToken: String
    $setupCode: String
  ) {
    signUp(
      email: $email
      password: $password
      displayName: $displayName
      inviteToken: $inviteToken
      setupCode: $setupCode
    ) {
      user {
        id
        isInstanceAdmin
      }
    }
  }
`),aa=Q(`
  mutation LogOut {
    logOut
  }
`),oa=Q(`
  mutation ChangePassword($current: String!, $new: String!) {
    changePassword(current: $current, new: $new)
  }
`),sa=Q(`
  mutation AcceptInvite($token: String!) {
    acceptInvite(token: $token) {
      id
      name
      role
    }
  }
`),ca=Q(`
  mutation CreateWorkspace($name: String!) {
    createWorkspace(name: $name) {
      id
      name
      kind
      role
    }
  }
`),la=Q(`
  query Members($workspaceId: ID!) {
    members(workspaceId: $workspaceId) {
      role
      user {
        id
        email
        displayName
      }
    }
  }
`),ua=Q(`
  query Invitations($workspaceId: ID!) {
    invitations(workspaceId: $workspaceId) {
      id
      email
      role
      expiresAt
    }
  }
`),da=Q(`
  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {
    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {
      id
      token
      email
      role
      expiresAt
    }
  }
`),fa=Q(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`),pa=Q(`
  query WorkspaceIntegrations($workspaceId: ID!) {
    integrations(workspaceId: $workspaceId) {
      id
      provider
      displayName
      scopeKind
      scopeSlug
      baseUrl
      secretHint
      status
      schedule
      nextSyncAt
      lastSyncedAt
      lastError
      needsAttention
      attentionReason
      lastRun {
        id
        status
        daysTotal
        daysDone
        daysFailed
        error
        startedAt
        finishedAt
      }
      failedDays {
        day
        state
        reason
        attempts
        maxAttempts
        nextRetryAt
      }
    }
  }
`),ma=Q(`
  query Freshness($workspaceId: ID!, $range: DateRange) {
    dataFreshness(workspaceId: $workspaceId, range: $range) {
      from
      to
      integrations {
        integration {
          id
        }
        finalDays
        provisionalDays
        missingDays
        failedDays
        unavailableDays
        days {
          day
          status
          reason
        }
      }
    }
  }
`),ha=Q(`
  subscription SyncProgress($workspaceId: ID!) {
    syncProgress(workspaceId: $workspaceId) {
      kind
      resyncRequired
      integrationId
      runId
      daysDone
      daysTotal
      error
    }
  }
`),ga=Q(`
  subscription IntegrationChanged($workspaceId: ID!) {
    integrationChanged(workspaceId: $workspaceId) {
      integrationId
      change
      resyncRequired
    }
  }
`),_a=Q(`
  mutation ConnectIntegration($workspaceId: ID!, $input: ConnectIntegrationInput!) {
    connectIntegration(workspaceId: $workspaceId, input: $input) {
      id
      displayName
    }
  }
`),va=Q(`
  mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {
    updateIntegration(id: $id, input: $input) {
      id
      status
      schedule
      secretHint
    }
  }
`),ya=Q(`
  mutation DisconnectIntegration($id: ID!, $keepData: Boolean!) {
    disconnectIntegration(id: $id, keepData: $keepData)
  }
`),ba=Q(`
  mutation SyncIntegration($id: ID!, $from: NaiveDate, $to: NaiveDate) {
    syncIntegration(id: $id, from: $from, to: $to) {
      id
      daysTotal
    }
  }
`),xa=Q(`
  mutation RetryFailedDay($integrationId: ID!, $day: NaiveDate!) {
    retryFailedDay(integrationId: $integrationId, day: $day) {
      id
    }
  }
`),Sa=Q(`
  mutation AcknowledgeFailedDay($integrationId: ID!, $day: NaiveDate!) {
    acknowledgeFailedDay(integrationId: $integrationId, day: $day) {
      day
      state
    }
  }
`),Ca=Q(`
  query InstanceState {
    setupRequired
    sampleDataEnabled
  }
`),wa=Q(`
  mutation LoadSampleData($workspaceId: ID!) {
    loadSampleData(workspaceId: $workspaceId) {
      id
    }
  }
`),$=I({loaded:!1,user:null,workspaces:[],version:``,error:null,setupRequired:!1,sampleDataEnabled:!1});async function Ta(){let e=Ji(Ca).then(e=>{$.setupRequired=e.setupRequired,$.sampleDataEnabled=e.sampleDataEnabled},()=>{});try{let e=await Ji(na);$.user=e.me,$.workspaces=e.workspaces,$.version=e.version,$.error=null}catch(e){$.user=null,$.workspaces=[],$.error=e instanceof Ki&&e.code===`UNAUTHENTICATED`?null:String(e)}await e,$.loaded=!0}async function Ea(){try{await Ji(aa)}finally{await $i(),$.user=null,$.workspaces=[]}}var Da={VIEWER:0,MEMBER:1,ADMIN:2,OWNER:3};function Oa(e,t){return e!==void 0&&Da[e]>=Da[t]}function ka(e){let t=e??localStorage.getItem(`ai-usage-workspace`)??void 0;return $.workspaces.find(e=>e.id===t)??$.workspaces[0]}function Aa(e){localStorage.setItem(`ai-usage-workspace`,e)}var ja=Sr(`<button type="button" class="secondary theme-toggle">Dark theme</button>`);function Ma(r,i){Ye(i,!0);let a=P(I(n(e())));function o(){let e=Y(a)===`dark`?`light`:`dark`;t(e),F(a,e,!0)}var s=ja();Tn(()=>bi(s,`aria-pressed`,Y(a)===`dark`)),pr(`click`,s,o),X(r,s),Xe()}mr([`click`]);var Na=Sr(`<option> </option>`),Pa=Sr(`<div class="switcher svelte-12hq2y2"><label for="workspace-switcher" class="svelte-12hq2y2">Workspace</label> <select id="workspace-switcher" class="svelte-12hq2y2"><!><option>+ New workspace…</option></select></div>`),Fa=Sr(`<li><a class="svelte-12hq2y2"> </a></li>`),Ia=Sr(`<li><a class="svelte-12hq2y2">Dashboard</a></li> <!>`,1),La=Sr(`<a class="skip-link" href="#main">Skip to content</a> <header class="top svelte-12hq2y2"><a class="brand svelte-12hq2y2" href="/">ai-usage</a> <!> <nav aria-label="Main" class="svelte-12hq2y2"><ul class="svelte-12hq2y2"><!> <li><a href="/graphiql" data-external="">GraphiQL</a></li> <li><a href="/account" class="svelte-12hq2y2">Account</a></li></ul></nav> <div class="tools svelte-12hq2y2"><!> <button type="button" class="secondary">Log out</button></div></header> <main id="main" tabindex="-1" class="svelte-12hq2y2"><!></main>`,1);function Ra(e,t){Ye(t,!0);let n=gt(()=>ka(Vi.route.params.workspaceId)),r=gt(()=>Oa(Y(n)?.role,`ADMIN`)),i=[[`integrations`,`Integrations`],[`people`,`People`],[`members`,`Members`],[`settings`,`Settings`]];function a(e){let t=e.currentTarget.value;t===`new`?Hi(`/workspaces/new`):(Aa(t),Hi(`/w/${t}`))}async function o(){await Ea(),Hi(`/login`)}var s=La(),c=z(on(s),2),l=z(R(c),2),u=e=>{var t=Pa(),r=z(R(t),2),i=R(r);Wr(i,17,()=>$.workspaces,e=>e.id,(e,t)=>{var n=Na(),r=sn(n),i={};Tn(e=>{kr(r,`${Y(t).name??``} (${e??``})`),i!==(i=Y(t).id)&&(n.value=(n.__value=i)??``)},[()=>Y(t).role.toLowerCase()]),X(e,n)});var o=z(i);o.value=o.__value=`new`,D(r);var s;li(r),D(t),Tn(()=>{s!==(s=Y(n)?.id)&&(r.value=(r.__value=s)??``,ci(r,s))}),pr(`change`,r,a),X(e,t)};zr(l,e=>{$.workspaces.length&&e(u)});var d=z(l,2),f=R(d),p=R(f),m=e=>{var t=Ia(),a=on(t),o=sn(a),s=z(a,2),c=e=>{var t=wr();Wr(on(t),17,()=>i,([e,t])=>e,(e,t)=>{var r=gt(()=>y(Y(t),2));let i=()=>Y(r)[0],a=()=>Y(r)[1];var o=Fa(),s=R(o),c=sn(s,!0);D(o),Tn(()=>{bi(s,`href`,`/w/${Y(n).id}/${i()}`),bi(s,`aria-current`,Vi.route.name===i()?`page`:void 0),kr(c,a())}),X(e,o)}),X(e,t)};zr(s,e=>{Y(r)&&e(c)}),Tn(()=>{bi(o,`href`,`/w/${Y(n).id}`),bi(o,`aria-current`,Vi.route.name===`workspace`?`page`:void 0)}),X(e,t)};zr(p,e=>{Y(n)&&e(m)});var h=sn(z(p,4));D(f),D(d);var g=z(d,2),_=R(g);Ma(_,{});var v=z(_,2);D(g),D(c);var b=z(c,2);Xr(R(b),()=>t.children),D(b),Tn(()=>bi(h,`aria-current`,Vi.route.name===`account`?`page`:void 0)),pr(`click`,v,o),X(e,s),Xe()}mr([`change`,`click`]);var za=Sr(`<p class="narrow muted" role="status">Loading…</p>`),Ba=Sr(`<main class="narrow"><h1>The service cannot be reached</h1> <p class="error" role="alert"> </p> <button type="button">Try again</button></main>`);function Va(e,t){Ye(t,!0),Ta();let n=gt(()=>Vi.route),r=gt(()=>Y(n).load());yn(()=>{if($.loaded){if(Y(n).private&&!$.user&&!$.error){let e=location.pathname+location.search;$.setupRequired?Hi(`/setup`,{replace:!0}):Hi(e===`/`?`/login`:`/login?next=${encodeURIComponent(e)}`,{replace:!0})}else $.user&&(Y(n).name===`login`||Y(n).name===`setup`)&&Hi(Wi(),{replace:!0})}});var i=wr(),a=on(i),o=e=>{X(e,za())},s=e=>{var t=Ba(),n=z(R(t),2),r=sn(n,!0),i=z(n,2);D(t),Tn(()=>kr(r,$.error)),pr(`click`,i,()=>Ta()),X(e,t)},c=e=>{var t=wr(),i=on(t),a=e=>{Ra(e,{children:(e,t)=>{var i=wr();Rr(on(i),()=>Y(r),null,(e,t)=>{var r=wr();Zr(on(r),()=>Y(t).default,(e,t)=>{t(e,{get params(){return Y(n).params}})}),X(e,r)}),X(e,i)},$$slots:{default:!0}})};zr(i,e=>{$.user&&e(a)}),X(e,t)},l=e=>{var t=wr();Rr(on(t),()=>Y(r),null,(e,t)=>{var r=wr();Zr(on(r),()=>Y(t).default,(e,t)=>{t(e,{get params(){return Y(n).params}})}),X(e,r)}),X(e,t)};zr(a,e=>{$.loaded?$.error&&Y(n).private?e(s,1):Y(n).private?e(c,2):e(l,-1):e(o)}),X(e,i),Xe()}mr([`click`]),t();var Ha=document.getElementById(`app`);if(!Ha)throw Error(`index.html has no #app element`);Ar(Va,{target:Ha});export{Br as $,Qi as A,Ei as B,ra as C,Ae as Ct,Ki as D,ia as E,Li as F,vi as G,_i as H,Ii as I,ci as J,ui as K,Fi as L,Q as M,Hi as N,ea as O,Wi as P,Wr as Q,Mi as R,da as S,Ye as St,fa as T,bi as U,wi as V,yi as W,ri as X,ai as Y,Xr as Z,pa as _,I as _t,Aa as a,Cr as at,ca as b,gt as bt,_a as c,fr as ct,ga as d,Tn as dt,zr as et,wa as f,yn as ft,va as g,z as gt,ha as h,sn as ht,Ta as i,Sr as it,Zi as j,Ji as k,ya as l,Y as lt,ba as m,on as mt,Oa as n,X as nt,$ as o,mr as ot,xa as p,R as pt,li as q,ka as r,wr as rt,Sa as s,pr as st,Ma as t,kr as tt,ma as u,ar as ut,sa as v,F as vt,la as w,D as wt,ua as x,Xe as xt,oa as y,P as yt,ji as z};