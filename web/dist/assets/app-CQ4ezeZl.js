const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Login-BoMiixfn.js","assets/ErrorMessage-ZB9dCemW.js","assets/FirstRun-Bs2aXoMn.js","assets/Invite-4nUxUqZv.js","assets/Home-BKrs6E9_.js","assets/SampleData-m9JQvxBC.js","assets/SampleData-t1BmOlPj.css","assets/Account-BDntDfUM.js","assets/admin-CxIJnkBT.js","assets/labels-o-UXRfLO.js","assets/Account-lNQWAX84.css","assets/NewWorkspace-B-k8WUEX.js","assets/Members-CxOtq8J0.js","assets/Members-cgFvodlg.css","assets/Connect-BAwUnbcw.js","assets/AdminOnly-CVZWFsKZ.js","assets/Connect-MxDcD2Rv.css","assets/Integrations-DfdOLyq3.js","assets/Integrations-rwNWZLSQ.css","assets/People-C7QLc25L.js","assets/People-D2slcnXc.css","assets/Settings-CoPm55_I.js","assets/AuditLog-DIRBwR-j.js","assets/AuditLog-Sm2MSW6t.css"])))=>i.map(i=>d[i]);
import{t as e}from"./preload-helper-WlkEuU2h.js";var t=Array.isArray,n=Array.prototype.indexOf,r=Array.prototype.includes,i=Array.from,a=Object.defineProperty,o=Object.getOwnPropertyDescriptor,s=Object.getOwnPropertyDescriptors,c=Object.prototype,l=Array.prototype,u=Object.getPrototypeOf,d=Object.isExtensible,f=()=>{};function p(e){return typeof e?.then==`function`}function m(e){for(var t=0;t<e.length;t++)e[t]()}function h(){var e,t;return{promise:new Promise((n,r)=>{e=n,t=r}),resolve:e,reject:t}}function g(e,t){if(Array.isArray(e))return e;if(t===void 0||!(Symbol.iterator in e))return Array.from(e);let n=[];for(let r of e)if(n.push(r),n.length===t)break;return n}var _=1024,v=2048,y=4096,b=8192,x=16384,S=32768,ee=1<<25,C=65536,te=1<<19,ne=1<<20,re=1<<25,ie=1<<21,ae=1<<22,oe=1<<23,se=Symbol(`$state`),ce=Symbol(`component`),le=Symbol(`legacy props`),ue=Symbol(``),de=Symbol(`attributes`),fe=Symbol(`class`),pe=Symbol(`style`),me=Symbol(`text`),he=Symbol(`form reset`),ge=new class extends Error{name=`StaleReactionError`;message="The reaction that called `getAbortSignal()` was re-run or destroyed"},_e=!!globalThis.document?.contentType&&globalThis.document.contentType.includes(`xml`),ve={},w=Symbol(`uninitialized`),ye=`http://www.w3.org/1999/xhtml`;function be(){console.warn(`https://svelte.dev/e/derived_inert`)}function xe(e){console.warn(`https://svelte.dev/e/hydration_mismatch`)}function Se(){console.warn(`https://svelte.dev/e/select_multiple_invalid_value`)}function Ce(){console.warn(`https://svelte.dev/e/svelte_boundary_reset_noop`)}var T=!1;function we(e){T=e}var E;function D(e){if(e===null)throw xe(),ve;return E=e}function Te(){return D(tn(E))}function O(e){if(T){if(tn(E)!==null)throw xe(),ve;E=e}}function Ee(e=1){if(T){for(var t=e,n=E;t--;)n=tn(n);E=n}}function De(e=!0){for(var t=0,n=E;;){if(n.nodeType===8){var r=n.data;if(r===`]`){if(t===0)return n;--t}else(r===`[`||r===`[!`||r[0]===`[`&&!isNaN(Number(r.slice(1))))&&(t+=1)}var i=tn(n);e&&n.remove(),n=i}}function Oe(e){if(!e||e.nodeType!==8)throw xe(),ve;return e.data}function ke(e){return e===this.v}function Ae(e,t){return e==e?e!==t||typeof e==`object`&&!!e||typeof e==`function`:t==t}function je(e){return!Ae(e,this.v)}function Me(e){throw Error(`https://svelte.dev/e/lifecycle_outside_component`)}function Ne(){throw Error(`https://svelte.dev/e/async_derived_orphan`)}function Pe(e,t,n){throw Error(`https://svelte.dev/e/each_key_duplicate`)}function Fe(e){throw Error(`https://svelte.dev/e/effect_in_teardown`)}function Ie(){throw Error(`https://svelte.dev/e/effect_in_unowned_derived`)}function Le(e){throw Error(`https://svelte.dev/e/effect_orphan`)}function Re(){throw Error(`https://svelte.dev/e/effect_update_depth_exceeded`)}function ze(e){throw Error(`https://svelte.dev/e/props_invalid_value`)}function Be(){throw Error(`https://svelte.dev/e/state_descriptors_fixed`)}function Ve(){throw Error(`https://svelte.dev/e/state_prototype_fixed`)}function He(){throw Error(`https://svelte.dev/e/state_unsafe_mutation`)}function Ue(){throw Error(`https://svelte.dev/e/svelte_boundary_reset_onerror`)}var k=null;function We(e){k=e}function Ge(e,t=!1,n){k={p:k,i:!1,c:null,e:null,s:e,x:null,r:G,l:null}}function Ke(e){var t=k,n=t.e;if(n!==null){t.e=null;for(var r of n)_n(r)}return e!==void 0&&(t.x=e),t.i=!0,k=t.p,qe(e)}function qe(e={}){return a(e,ce,{value:!0}),e}function Je(){return!0}var Ye=[];function Xe(){var e=Ye;Ye=[],m(e)}function A(e){if(Ye.length===0&&!St){var t=Ye;queueMicrotask(()=>{t===Ye&&Xe()})}Ye.push(e)}function Ze(){for(;Ye.length>0;)Xe()}var Qe=~(v|y|_);function j(e,t){e.f=e.f&Qe|t}function $e(e){e.f&512||e.deps===null?j(e,_):j(e,y)}function et(e,t){e.f&2048?t.set(e,v):e.f&4096&&t.get(e)!==2048&&t.set(e,y),j(e,_)}var tt=!1;function nt(){tt||(tt=!0,document.addEventListener(`reset`,e=>{Promise.resolve().then(()=>{if(!e.defaultPrevented)for(let t of e.target.elements)t[he]?.()})},{capture:!0}))}function rt(e){var t=H,n=G;W(null),Ln(null);try{return e()}finally{W(t),Ln(n)}}function it(e,t,n,r=n){e.addEventListener(t,()=>rt(n));let i=e[he];e[he]=i?()=>{i(),r(!0)}:()=>r(!0),nt()}function at(e,t,n,r){let i=Je()?lt:pt;var a=e.filter(e=>!e.settled),o=t.map(i);if(n.length===0&&a.length===0){r(o);return}var s=G,c=ot(),l=a.length===1?a[0].promise:a.length>1?Promise.all(a.map(e=>e.promise)):null;function u(e){if(!(s.f&16384)){c();try{r([...o,...e])}catch(e){un(e,s)}st()}}var d=ct();if(n.length===0){l.then(()=>u([])).finally(d);return}function f(){Promise.all(n.map(e=>dt(e))).then(u).catch(e=>un(e,s)).finally(d)}l?l.then(()=>{s.f&16384?d():(c(),f(),st())}):f()}function ot(){var e=G,t=H,n=k,r=M;return function(i=!0){Ln(e),W(t),We(n),i&&!(e.f&16384)&&(r?.activate(),r?.apply())}}function st(e=!0){Ln(null),W(null),We(null),e&&M?.deactivate()}function ct(){var e=G,t=e.b,n=M,r=!!t?.is_rendered();return t?.update_pending_count(1,n),n.increment(r,e),()=>{t?.update_pending_count(-1,n),n.decrement(r,e)}}function lt(e){var t=2|v;return G!==null&&(G.f|=te),{ctx:k,deps:null,effects:null,equals:ke,f:t,fn:e,reactions:null,rv:0,v:w,wv:0,parent:G,ac:null}}var ut=Symbol(`obsolete`);function dt(e,t,n){let r=G;r===null&&Ne();var i=void 0,a=Rt(w),o=!H,s=new Set;return bn(()=>{var t=G,n=h();i=n.promise;try{Promise.resolve(e()).then(n.resolve,e=>{e!==ge&&n.reject(e)}).finally(st)}catch(e){n.reject(e),st()}var c=M;if(o){if(t.f&32768)var l=ct();if(r.b?.is_rendered())c.async_deriveds.get(t)?.reject(ut);else for(let e of s.values())e.reject(ut);s.add(n),c.async_deriveds.set(t,n)}let u=(e,t=void 0)=>{l?.(),s.delete(n),t!==ut&&(c.activate(),t?(a.f|=oe,Ut(a,t)):(a.f&8388608&&(a.f^=oe),Ut(a,e)),c.deactivate())};n.promise.then(u,e=>u(null,e||`unknown`))}),hn(()=>{for(let e of s)e.reject(ut)}),new Promise(e=>{function t(n){function r(){n===i?e(a):t(i)}n.then(r,r)}t(i)})}function ft(e){let t=lt(e);return zn(t),t}function pt(e){let t=lt(e);return t.equals=je,t}function mt(e){var t=e.effects;if(t!==null){e.effects=null;for(var n=0;n<t.length;n+=1)V(t[n])}}function ht(e){var t,n=G,r=e.parent;if(!Fn&&r!==null&&e.v!==w&&r.f&24576)return be(),e.v;Ln(r);try{mt(e),t=Jn(e)}finally{Ln(n)}return t}function gt(e){var t=ht(e);!e.equals(t)&&(e.wv=Gn(),(!M?.is_fork||e.deps===null)&&(M===null?e.v=t:(M.capture(e,t,!0),bt?.capture(e,t,!0)),e.deps===null))?j(e,_):Fn||(N===null?$e(e):(mn()||M?.is_fork)&&N.set(e,t))}function _t(e){if(e.effects!==null)for(let t of e.effects)(t.teardown||t.ac)&&(t.teardown?.(),t.ac!==null&&rt(()=>{t.ac.abort(ge),t.ac=null}),t.fn!==null&&(t.teardown=f),Zn(t,0),Tn(t))}function vt(e){if(e.effects!==null)for(let t of e.effects)t.teardown&&t.fn!==null&&Qn(t)}var yt=null,M=null,bt=null,N=null,xt=null,St=!1,Ct=!1,wt=null,Tt=null,Et=0,Dt=1,Ot=class e{id=Dt++;started=!1;linked=!0;prev=null;next=null;async_deriveds=new Map;current=new Map;previous=new Map;#e=new Set;#t=new Set;#n=0;#r=new Map;#i=null;#a=[];#o=[];#s=new Map;#c=new Map;#l=new Set;is_fork=!1;#u=!1;constructor(){yt===null?yt=this:(yt.next=this,this.prev=yt),yt=this}#d(){if(this.is_fork)return!0;for(let e of this.#r.keys())if(!this.#f(e))return!0;return!1}#f(e){for(var t=e;t!==null;t=t.parent)if(this.#c.has(t))return!0;return!1}skip_effect(e){this.#c.has(e)||this.#c.set(e,{d:[],m:[]}),this.#l.delete(e)}unskip_effect(e,t=e=>this.schedule(e)){var n=this.#c.get(e);if(n){this.#c.delete(e);for(var r of n.d)j(r,v),t(r);for(r of n.m)j(r,y),t(r)}this.#l.add(e)}#p(){var e=[];for(let i of this.#a)if(!(i.f&16384||!(i.f&6144))){for(var t=i,n=!1;t.parent!==null;){t=t.parent;var r=t.f;if(r&96){if(!(r&1024)){n=!0;break}t.f^=_}}n||e.push(t)}return this.#a=[],e}#m(){this.started=!0;for(let[e,t]of this.#s)j(e,t),this.schedule(e);this.apply();for(var t=wt=[],n=[],r=Tt=[];this.#a.length>0;){Et++>1e3&&(this.#b(),At());for(let e of this.#p())try{this.#h(e,t,n)}catch(t){throw Ft(e),this.#d()||this.discard(),t}}if(M=null,r.length>0){var i=e.ensure();for(let e of r)i.schedule(e)}if(wt=null,Tt=null,this.#d()){this.#y(n),this.#y(t);for(let[e,t]of this.#c)Pt(e,t);r.length>0&&M.#m();return}let a=this.#g();if(a)this.#y(n),this.#y(t),a.#v(this);else{this.#s.clear();for(let e of this.#e)e(this);this.#e.clear(),bt=this,Mt(n),Mt(t),bt=null,this.#i?.resolve();var o=M;this.#n===0&&(this.#a.length===0||o!==null)&&this.#b(),o!==null&&(P.clear(),o.#m())}}#h(e,t,n){e.f^=_;for(var r=e.first;r!==null;){var i=r.f,a=!!(i&96);if(!(a&&i&1024||i&8192||this.#c.has(r))&&r.fn!==null){a?r.f^=_:i&4?t.push(r):Kn(r)&&(i&16&&this.add_dirty_reaction(r,y),Qn(r));var o=r.first;if(o!==null){r=o;continue}}for(;r!==null;){var s=r.next;if(s!==null){r=s;break}r=r.parent}}}#g(){for(var e=this.prev;e!==null;e=e.prev)if(!e.is_fork&&this.#_(e))return e;return null}#_(e){for(let[t,[,n]]of this.current)if(!n&&e.current.has(t))return!0;return!1}#v(e){for(let[t,n]of e.current)!this.previous.has(t)&&e.previous.has(t)&&this.previous.set(t,e.previous.get(t)),this.current.set(t,n);for(let[t,n]of e.async_deriveds){let e=this.async_deriveds.get(t);e&&n.promise.then(e.resolve).catch(e.reject)}e.async_deriveds.clear(),this.transfer_reactions(e.#s);let t=e=>{var n=e.reactions;if(n!==null&&!(e.f&2&&!(e.f&6144)))for(let e of n){var r=e.f;if(r&2)t(e);else{var i=e;r&4194320&&!this.async_deriveds.has(i)&&(this.#s.delete(i),j(i,v),this.schedule(i))}}};for(let e of this.current.keys())t(e);this.oncommit(()=>e.discard()),e.#b(),M=this,this.#m()}#y(e){for(var t=0;t<e.length;t+=1)et(e[t],this.#s)}capture(e,t,n=!1){e.v!==w&&!this.previous.has(e)&&this.previous.set(e,e.v),e.f&8388608||(this.current.set(e,[t,n]),N?.set(e,t)),this.is_fork||(e.v=t)}activate(){M=this}deactivate(){M=null,N=null}flush(){try{Ct=!0,M=this,this.#m()}finally{Et=0,xt=null,wt=null,Tt=null,Ct=!1,M=null,N=null,P.clear()}}discard(){for(let e of this.#t)e(this);this.#t.clear();for(let e of this.async_deriveds.values())e.reject(ut);this.#b(),this.#i?.resolve()}register_created_effect(e){this.#o.push(e)}increment(e,t){if(this.#n+=1,e){let e=this.#r.get(t)??0;this.#r.set(t,e+1)}}decrement(e,t){if(--this.#n,e){let e=this.#r.get(t)??0;e===1?this.#r.delete(t):this.#r.set(t,e-1)}this.#u||(this.#u=!0,A(()=>{this.#u=!1,this.linked&&this.flush()}))}transfer_reactions(e){for(let[t,n]of e)this.add_dirty_reaction(t,n);e.clear()}add_dirty_reaction(e,t){(t===2048||this.#s.get(e)!==2048)&&this.#s.set(e,t)}oncommit(e){this.#e.add(e)}ondiscard(e){this.#t.add(e)}settled(){return(this.#i??=h()).promise}static ensure(){if(M===null){let t=M=new e;!Ct&&!St&&A(()=>{t.started||t.flush()})}return M}apply(){N=null}schedule(e){xt=e,e.b?.is_pending&&e.f&16777228&&!(e.f&32768)?e.b.defer_effect(e):this.#a.push(e)}#b(){if(this.linked){var e=this.prev,t=this.next;e===null||(e.next=t),t===null?yt=e:t.prev=e,this.linked=!1}}};function kt(e){var t=St,n=bt;bt=null,St=!0;try{var r;for(e&&(kt(),r=e());;){if(Ze(),M===null)return r;M.flush()}}finally{St=t,bt=n}}function At(){try{Re()}catch(e){un(e,xt)}}var jt=null;function Mt(e){var t=e.length;if(t!==0){for(var n=0;n<t;){var r=e[n++];if(!(r.f&24576)&&Kn(r)&&(jt=new Set,Qn(r),r.deps===null&&r.first===null&&r.nodes===null&&r.teardown===null&&r.ac===null&&On(r),jt?.size>0)){P.clear();for(let e of jt){if(e.f&24576)continue;let t=[e],n=e.parent;for(;n!==null;)jt.has(n)&&(jt.delete(n),t.push(n)),n=n.parent;for(let e=t.length-1;e>=0;e--){let n=t[e];n.f&24576||Qn(n)}}jt.clear()}}jt=null}}function Nt(e){M.schedule(e)}function Pt(e,t){if(!(e.f&32&&e.f&1024)){e.f&2048?t.d.push(e):e.f&4096&&t.m.push(e),j(e,_);for(var n=e.first;n!==null;)Pt(n,t),n=n.next}}function Ft(e){j(e,_);for(var t=e.first;t!==null;)Ft(t),t=t.next}var It=new Set,P=new Map,Lt=!1;function Rt(e,t){return{f:0,v:e,reactions:null,equals:ke,rv:0,wv:0}}function F(e,t){let n=Rt(e,t);return zn(n),n}function zt(e,t=!1,n=!0){let r=Rt(e);return t||(r.equals=je),r}function Bt(e,t,n=!1){return H!==null&&(!U||H.f&131072)&&Je()&&H.f&4325394&&(Rn===null||!Rn.has(e))&&He(),Ut(e,n?I(t):t,Tt)}var Vt=null,Ht=0;function Ut(e,t,n=null){if(!e.equals(t)){Fn?P.set(e,t):P.has(e)||P.set(e,e.v);var r=Ot.ensure();if(r.capture(e,t),e.f&2){let t=e;e.f&2048&&ht(t),N===null&&$e(t)}e.wv=Gn(),Vt=null,Ht=0,Kt(e,v,n),Vt=null,Je()&&G!==null&&G.f&1024&&!(G.f&96)&&(J===null?Bn([e]):J.push(e)),!r.is_fork&&It.size>0&&!Lt&&Wt()}return t}function Wt(){Lt=!1;for(let e of It){e.f&1024&&j(e,y);let t;try{t=Kn(e)}catch{t=!0}t&&Qn(e)}It.clear()}function Gt(e){Bt(e,e.v+1)}function Kt(e,t,n){var r=e.reactions;if(r!==null){var i=Je(),a=r.length;if(Ht+=a,Ht>1e5&&Vt===null&&(Vt=new Set),Vt!==null){if(Vt.has(e))return;Vt.add(e)}for(var o=0;o<a;o++){var s=r[o],c=s.f;if(i||s!==G){var l=(c&v)===0;if(l&&j(s,t),c&131072)It.add(s);else if(c&2){var u=s;N?.delete(u),Kt(u,y,n)}else if(l){var d=s;c&16&&jt!==null&&jt.add(d),n===null?Nt(d):n.push(d)}}}}}function I(e){if(typeof e!=`object`||!e||se in e||ce in e)return e;let n=u(e);if(n!==c&&n!==l)return e;var r=new Map,i=t(e),a=F(0),s=null,d=Un,f=e=>{if(Un===d)return e();var t=H,n=Un;W(null),Wn(d);var r=e();return W(t),Wn(n),r};return i&&r.set(`length`,F(e.length,s)),new Proxy(e,{defineProperty(e,t,n){`value`in n&&n.configurable!==!1&&n.enumerable!==!1&&n.writable!==!1||Be();var i=r.get(t);return i===void 0?f(()=>{var e=F(n.value,s);return r.set(t,e),e}):Bt(i,n.value,!0),!0},deleteProperty(e,t){var n=r.get(t);if(n===void 0){if(t in e){let e=f(()=>F(w,s));r.set(t,e),Gt(a)}}else Bt(n,w),Gt(a);return!0},get(t,n,i){if(n===se)return e;var a=r.get(n),c=n in t;if(a===void 0&&(!c||o(t,n)?.writable)&&(a=f(()=>F(I(c?t[n]:w),s)),r.set(n,a)),a!==void 0){var l=Y(a);return l===w?void 0:l}return Reflect.get(t,n,i)},getOwnPropertyDescriptor(e,t){this.has?.(e,t);var n=Reflect.getOwnPropertyDescriptor(e,t),i=r.get(t);if(i!==void 0){var a=Y(i);if(a===w)return;if(n&&`value`in n)n.value=a;else return{enumerable:!0,configurable:!0,value:a,writable:!0}}return n},has(e,t){if(t===se)return!0;var n=r.get(t),i=n!==void 0&&n.v!==w||Reflect.has(e,t);return(n!==void 0||(G!==null||H!==null)&&(!i||o(e,t)?.writable))&&(n===void 0&&(n=f(()=>F(i?I(e[t]):w,s)),r.set(t,n)),Y(n)===w)?!1:i},set(e,t,n,c){var l=r.get(t),u=t in e;if(i&&t===`length`)for(var d=n;d<l.v;d+=1){var p=r.get(d+``);p===void 0?d in e&&(p=f(()=>F(w,s)),r.set(d+``,p)):Bt(p,w)}if(l===void 0)(!u||o(e,t)?.writable)&&(l=f(()=>F(void 0,s)),Bt(l,I(n)),r.set(t,l));else{u=l.v!==w;var m=f(()=>I(n));Bt(l,m)}var h=Reflect.getOwnPropertyDescriptor(e,t);if(h?.set&&h.set.call(c,n),!u){if(i&&typeof t==`string`){var g=r.get(`length`),_=Number(t);Number.isInteger(_)&&_>=g.v&&Bt(g,_+1)}Gt(a)}return!0},ownKeys(e){Y(a);var t=Reflect.ownKeys(e).filter(e=>{var t=r.get(e);return t===void 0||t.v!==w});for(var[n,i]of r)i.v!==w&&!(n in e)&&t.push(n);return t},setPrototypeOf(){Ve()}})}function qt(e){try{if(typeof e==`object`&&e&&se in e)return e[se]}catch{}return e}function Jt(e,t){return Object.is(qt(e),qt(t))}var Yt,Xt,Zt,Qt;function $t(){if(Yt===void 0){Yt=window,Xt=/Firefox/.test(navigator.userAgent);var e=Element.prototype,t=Node.prototype,n=Text.prototype;Zt=o(t,`firstChild`).get,Qt=o(t,`nextSibling`).get,d(e)&&(e[fe]=void 0,e[de]=null,e[pe]=void 0,e.__e=void 0),d(n)&&(n[me]=void 0)}}function L(e=``){return document.createTextNode(e)}function en(e){return Zt.call(e)}function tn(e){return Qt.call(e)}function R(e,t){if(!T)return en(e);var n=en(E);if(n===null)n=E.appendChild(L());else if(t&&n.nodeType!==3){var r=L();return n?.before(r),D(r),r}return t&&cn(n),D(n),n}function nn(e,t=!1){if(!T){var n=en(e);return n instanceof Comment&&n.data===``?tn(n):n}if(t){if(E?.nodeType!==3){var r=L();return E?.before(r),D(r),r}cn(E)}return E}function rn(e,t=!1){if(!T)return en(e);var n=R(e,t);return O(e),n}function z(e,t=1,n=!1){let r=T?E:e;for(var i;t--;)i=r,r=tn(r);if(!T)return r;if(n){if(r?.nodeType!==3){var a=L();return r===null?i?.after(a):r.before(a),D(a),a}cn(r)}return D(r),r}function an(e){e.textContent=``}function on(){return!1}function sn(e,t,n){return t==null||t===`http://www.w3.org/1999/xhtml`?n?document.createElement(e,{is:n}):document.createElement(e):n?document.createElementNS(t,e,{is:n}):document.createElementNS(t,e)}function cn(e){if(e.nodeValue.length<65536)return;let t=e.nextSibling;for(;t!==null&&t.nodeType===3;)t.remove(),e.nodeValue+=t.nodeValue,t=e.nextSibling}function ln(e){var t=G;if(t===null)return H.f|=oe,e;if(!(t.f&32768)&&!(t.f&4))throw e;un(e,t)}function un(e,t){if(e===ve)throw e;if(!(t!==null&&t.f&16384)){for(;t!==null;){if(t.f&128&&!(t.f&33570816)){if(!(t.f&32768))throw e;try{t.b.error(e);return}catch(t){e=t}}t=t.parent}throw e}}function dn(e){G===null&&(H===null&&Le(e),Ie()),Fn&&Fe(e)}function fn(e,t){var n=t.last;n===null?t.last=t.first=e:(n.next=e,e.prev=n,t.last=e)}function pn(e,t){var n=G;n!==null&&n.f&8192&&(e|=b);var r={ctx:k,deps:null,nodes:null,f:e|v|512,first:null,fn:t,last:null,next:null,parent:n,b:n&&n.b,prev:null,teardown:null,wv:0,ac:null};M?.register_created_effect(r);var i=r;if(e&4)wt===null?Ot.ensure().schedule(r):wt.push(r);else if(t!==null){try{Qn(r)}catch(e){throw V(r),e}i.deps===null&&i.teardown===null&&i.nodes===null&&i.first===i.last&&!(i.f&524288)&&(i=i.first,e&16&&e&65536&&i!==null&&(i.f|=C))}if(i!==null&&(i.parent=n,n!==null&&fn(i,n),H!==null&&H.f&2&&!(e&64))){var a=H;(a.effects??=[]).push(i)}return r}function mn(){return H!==null&&!U}function hn(e){let t=pn(8,null);return j(t,_),t.teardown=e,t}function gn(e){dn(`$effect`);var t=G.f;if(!H&&t&32&&k!==null&&!k.i){var n=k;(n.e??=[]).push(e)}else return _n(e)}function _n(e){return pn(4|ne,e)}function vn(e){Ot.ensure();let t=pn(64|te,e);return(e={})=>new Promise(n=>{e.outro?kn(t,()=>{V(t),n(void 0)}):(V(t),n(void 0))})}function yn(e){return pn(4,e)}function bn(e){return pn(ae|te,e)}function xn(e,t=0){return pn(8|t,e)}function Sn(e,t=[],n=[],r=[]){at(r,t,n,t=>{pn(8,()=>{e(...t.map(Y))})})}function Cn(e,t=0){return pn(16|t,e)}function B(e){return pn(32|te,e)}function wn(e){var t=e.teardown;if(t!==null){let n=Fn,r=H;In(!0),W(null);try{t.call(null)}catch(t){un(t,e.parent)}finally{In(n),W(r)}}}function Tn(e,t=!1){var n=e.first;for(e.first=e.last=null;n!==null;){let e=n.ac;e!==null&&rt(()=>{e.abort(ge)});var r=n.next;n.f&64?n.parent=null:V(n,t),n=r}}function En(e){for(var t=e.first;t!==null;){var n=t.next;t.f&32||V(t),t=n}}function V(e,t=!0){var n=!1;(t||e.f&262144)&&e.nodes!==null&&e.nodes.end!==null&&(Dn(e.nodes.start,e.nodes.end),n=!0),e.f|=ee,Tn(e,t&&!n),Zn(e,0);var r=e.nodes&&e.nodes.t;if(r!==null)for(let e of r)e.stop();wn(e),e.f^=ee,e.f|=x;var i=e.parent;i!==null&&i.first!==null&&On(e),e.next=e.prev=e.teardown=e.ctx=e.deps=e.fn=e.nodes=e.ac=e.b=null}function Dn(e,t){for(;e!==null;){var n=e===t?null:tn(e);e.remove(),e=n}}function On(e){var t=e.parent,n=e.prev,r=e.next;n!==null&&(n.next=r),r!==null&&(r.prev=n),t!==null&&(t.first===e&&(t.first=r),t.last===e&&(t.last=n))}function kn(e,t,n=!0){var r=[];e.f|=256,An(e,r,!0);var i=()=>{n&&V(e),t&&t()},a=r.length;if(a>0){var o=()=>--a||i();for(var s of r)s.out(o)}else i()}function An(e,t,n){if(!(e.f&8192)){e.f^=b;var r=e.nodes&&e.nodes.t;if(r!==null)for(let e of r)(e.is_global||n)&&t.push(e);for(var i=e.first;i!==null;){var a=i.next;if(!(i.f&64)){var o=!!(i.f&65536)||!!(i.f&32)&&!!(e.f&16);An(i,t,o?n:!1)}i=a}}}function jn(e){e.f&=-257,Mn(e,!0)}function Mn(e,t){if(!(e.f&256)&&e.f&8192){e.f^=b,e.f&1024||(j(e,v),Ot.ensure().schedule(e));for(var n=e.first;n!==null;){var r=n.next,i=!!(n.f&65536)||!!(n.f&32);Mn(n,i?t:!1),n=r}var a=e.nodes&&e.nodes.t;if(a!==null)for(let e of a)(e.is_global||t)&&e.in()}}function Nn(e,t){if(e.nodes)for(var n=e.nodes.start,r=e.nodes.end;n!==null;){var i=n===r?null:tn(n);t.append(n),n=i}}var Pn=null,Fn=!1;function In(e){Fn=e}var H=null,U=!1;function W(e){H=e}var G=null;function Ln(e){G=e}var Rn=null;function zn(e){H!==null&&(H.f&2097152||H.f&2)&&(Rn??=new Set).add(e)}var K=null,q=0,J=null;function Bn(e){J=e}var Vn=1,Hn=0,Un=Hn;function Wn(e){Un=e}function Gn(){return++Vn}function Kn(e){var t=e.f;if(t&2048)return!0;if(t&4096){for(var n=e.deps,r=n.length,i=0;i<r;i++){var a=n[i];if(Kn(a)&&gt(a),a.wv>e.wv)return!0}t&512&&N===null&&j(e,_)}return!1}function qn(e,t,n=!0){var r=e.reactions;if(r!==null&&!(Rn!==null&&Rn.has(e)))for(var i=0;i<r.length;i++){var a=r[i];a.f&2?qn(a,t,!1):t===a&&(n?j(a,v):a.f&1024&&j(a,y),Nt(a))}}function Jn(e){var t=K,n=q,r=J,i=H,a=Rn,o=k,s=U,c=Un,l=e.f;K=null,q=0,J=null,H=l&96?null:e,Rn=null,We(e.ctx),U=!1,Un=++Hn,e.ac!==null&&(rt(()=>{e.ac.abort(ge)}),e.ac=null);try{e.f|=ie;var u=(0,e.fn)();e.f|=S;var d=Yn(e);if(Je()&&J!==null&&!U&&d!==null&&!(e.f&6146))for(var f=0;f<J.length;f++)qn(J[f],e);if(i!==null&&i!==e){if(Hn++,i.deps!==null)for(let e=0;e<n;e+=1)i.deps[e].rv=Hn;if(t!==null)for(let e of t)e.rv=Hn;J!==null&&(r===null?r=J:r.push(...J))}return e.f&8388608&&(e.f^=oe),u}catch(t){return Yn(e),ln(t)}finally{e.f^=ie,K=t,q=n,J=r,H=i,Rn=a,We(o),U=s,Un=c}}function Yn(e){var t=e.deps,n=M?.is_fork;if(K!==null){var r;if(n||Zn(e,q),t!==null&&q>0)for(t.length=q+K.length,r=0;r<K.length;r++)t[q+r]=K[r];else e.deps=t=K;if(mn()&&e.f&512)for(r=q;r<t.length;r++)(t[r].reactions??=[]).push(e)}else!n&&t!==null&&q<t.length&&(Zn(e,q),t.length=q);return t}function Xn(e,t){let i=t.reactions;if(i!==null){var a=n.call(i,e);if(a!==-1){var o=i.length-1;o===0?i=t.reactions=null:(i[a]=i[o],i.pop())}}if(i===null&&t.f&2&&(K===null||!r.call(K,t))){var s=t;s.f&512&&(s.f^=512),s.v!==w&&$e(s),s.ac!==null&&rt(()=>{s.ac.abort(ge),s.ac=null,j(s,v)}),_t(s),Zn(s,0)}}function Zn(e,t){var n=e.deps;if(n!==null)for(var r=t;r<n.length;r++)Xn(e,n[r])}function Qn(e){var t=e.f;if(!(t&16384)){j(e,_);var n=G;G=e;try{t&16777232?En(e):Tn(e),wn(e);var r=Jn(e);e.teardown=typeof r==`function`?r:null,e.wv=Vn}finally{G=n}}}async function $n(){await Promise.resolve(),kt()}function Y(e){var t=!!(e.f&2);if(Pn?.add(e),H!==null&&!U&&!(G!==null&&G.f&16384)&&(Rn===null||!Rn.has(e))){var n=H.deps;if(H.f&2097152)e.rv<Hn&&(e.rv=Hn,K===null&&n!==null&&n[q]===e?q++:K===null?K=[e]:K.push(e));else{H.deps??=[],r.call(H.deps,e)||H.deps.push(e);var i=e.reactions;i===null?e.reactions=[H]:r.call(i,H)||i.push(H)}}if(Fn&&P.has(e))return P.get(e);if(t){var a=e;if(Fn){var o=a.v;return(!(a.f&1024)&&a.reactions!==null||tr(a))&&(o=ht(a)),P.set(a,o),o}var s=!(a.f&512)&&!U&&H!==null&&!!(H.f&512),c=(a.f&S)===0;Kn(a)&&(s&&(a.f|=512),gt(a)),s&&!c&&(vt(a),er(a))}if(N?.has(e))return N.get(e);if(e.f&8388608)throw e.v;return e.v}function er(e){if(e.f|=512,e.deps!==null)for(let n of e.deps){var t=n.reactions;t===null?n.reactions=[e]:r.call(t,e)||t.push(e),n.f&2&&!(n.f&512)&&(vt(n),er(n))}}function tr(e){if(e.v===w)return!0;if(e.deps===null)return!1;for(let t of e.deps)if(P.has(t)||t.f&2&&tr(t))return!0;return!1}function nr(e){var t=U;try{return U=!0,e()}finally{U=t}}[...`allowfullscreen.async.autofocus.autoplay.checked.controls.default.disabled.formnovalidate.indeterminate.inert.ismap.loop.multiple.muted.nomodule.novalidate.open.playsinline.readonly.required.reversed.seamless.selected.webkitdirectory.defer.disablepictureinpicture.disableremoteplayback`.split(`.`)];var rr=[`touchstart`,`touchmove`];function ir(e){return rr.includes(e)}var ar=Symbol(`events`),or=new Set,sr=new Set;function cr(e,t,n,r={}){function i(e){if(r.capture||mr.call(t,e),!e.cancelBubble)return rt(()=>n?.call(this,e))}return e.startsWith(`pointer`)||e.startsWith(`touch`)||e===`wheel`?(i.__removed=!1,A(()=>{i.__removed||t.addEventListener(e,i,r)})):t.addEventListener(e,i,r),i}function lr(e,t,n,r,i){var a={capture:r,passive:i},o=cr(e,t,n,a);(t===document.body||t===window||t===document||t instanceof HTMLMediaElement)&&hn(()=>{o.__removed=!0,t.removeEventListener(e,o,a)})}function ur(e,t,n){(t[ar]??={})[e]=n}function dr(e){for(var t=0;t<e.length;t++)or.add(e[t]);for(var n of sr)n(e)}var fr=null,pr=!1;function mr(e){var t=this,n=t.ownerDocument,r=e.type,i=e.composedPath?.()||[],o=i[0]||e.target;fr=e,pr||(pr=!0,setTimeout(()=>{pr=!1,fr=null}));var s=0,c=fr===e&&e[ar];if(c){var l=i.indexOf(c);if(l!==-1&&(t===document||t===window)){e[ar]=t;return}var u=i.indexOf(t);if(u===-1)return;l<=u&&(s=l)}if(o=i[s]||e.target,o!==t){a(e,`currentTarget`,{configurable:!0,get(){return o||n}});var d=H,f=G;W(null),Ln(null);try{for(var p,m=[];o!==null&&o!==t;){try{var h=o[ar]?.[r];h==null||o.disabled&&e.target!==o||h.call(o,e)}catch(e){p?m.push(e):p=e}if(e.cancelBubble)break;s++,o=s<i.length?i[s]:null}if(p){for(let e of m)queueMicrotask(()=>{throw e});throw p}}finally{e[ar]=t,delete e.currentTarget,W(d),Ln(f)}}}var hr=globalThis?.window?.trustedTypes&&globalThis.window.trustedTypes.createPolicy(`svelte-trusted-html`,{createHTML:e=>e});function gr(e){return hr?.createHTML(e)??e}function _r(e){var t=sn(`template`);return t.innerHTML=gr(e.replaceAll(`<!>`,`<!---->`)),t.content}function vr(e,t){var n=G;n.nodes===null&&(n.nodes={start:e,end:t,a:null,t:null})}function yr(e,t){var n=!!(t&1),r=!!(t&2),i,a=!e.startsWith(`<!>`);return()=>{if(T)return vr(E,null),E;i===void 0&&(i=_r(a?e:`<!>`+e),n||(i=en(i)));var t=r||Xt?document.importNode(i,!0):i.cloneNode(!0);return n?vr(en(t),t.lastChild):vr(t,t),t}}function br(e=``){if(!T){var t=L(e+``);return vr(t,t),t}var n=E;return n.nodeType===3?cn(n):(n.before(n=L()),D(n)),vr(n,n),n}function xr(){if(T)return vr(E,null),E;var e=document.createDocumentFragment(),t=document.createComment(``),n=L();return e.append(t,n),vr(t,n),e}function X(e,t){if(T){var n=G;n.f&32768&&n.nodes.end!==null||(n.nodes.end=E),Te()}else e!==null&&e.before(t)}function Sr(e){let t=0,n=Rt(0),r;return()=>{mn()&&(Y(n),xn(()=>(t===0&&(r=nr(()=>e(()=>Gt(n)))),t+=1,()=>{A(()=>{--t,t===0&&(r?.(),r=void 0,Gt(n))})})))}}var Cr=C|te;function wr(e,t,n,r){new Tr(e,t,n,r)}var Tr=class{parent;is_pending=!1;transform_error;#e;#t=T?E:null;#n;#r;#i;#a=null;#o=null;#s=null;#c=null;#l=0;#u=0;#d=!1;#f=new Map;#p=null;#m=Sr(()=>(this.#p=Rt(this.#l),()=>{this.#p=null}));constructor(e,t,n,r){this.#e=e,this.#n=t,this.#r=e=>{var t=G;t.b=this,t.f|=128,n(e)},this.parent=G.b,this.transform_error=r??this.parent?.transform_error??(e=>e),this.#i=Cn(()=>{if(T){let e=Oe(this.#t);Te();let t=e===`[!`;if(e.startsWith(`[?`)){let t=JSON.parse(e.slice(2));this.#g(t)}else t?this.#y():this.#h()}else this.#b()},Cr),T&&(this.#e=E)}#h(){try{this.#a=B(()=>this.#r(this.#e))}catch(e){this.error(e)}}#g(e){let t=this.#n.failed,{reset:n,invoke_onerror:r}=this.#_(e);A(r),t&&(this.#s=B(()=>{t(this.#e,()=>e,()=>n)}))}#_(e){var t=!1,n=!1;let r=()=>{this.#v()||(t?Ce():(t=!0,n&&Ue(),this.#s!==null&&kn(this.#s,()=>{this.#s=null}),this.#S(()=>{this.#b()})))};return{reset:r,invoke_onerror:()=>{if(!this.#v())try{n=!0,this.#n.onerror?.(e,r),n=!1}catch(e){un(e,this.#i&&this.#i.parent)}}}}#v(){return(this.#i.f&(x|ee))!==0}#y(){let e=this.#n.pending;e&&(this.is_pending=!0,this.#o=B(()=>e(this.#e)),A(()=>{if(!this.#v()){var e=this.#c=document.createDocumentFragment(),t=L(),n=!1;e.append(t),this.#a=this.#S(()=>{try{return B(()=>this.#r(t))}catch(e){try{this.error(e),n=!0}catch(e){un(e,this.#i.parent)}return null}}),this.#a===null?(this.#c=null,n&&this.#x(M)):this.#u===0&&(this.#e.before(e),this.#c=null,kn(this.#o,()=>{this.#o=null}),this.#x(M))}}))}#b(){try{if(this.is_pending=this.has_pending_snippet(),this.#u=0,this.#l=0,this.#a=B(()=>{this.#r(this.#e)}),this.#u>0){var e=this.#c=document.createDocumentFragment();Nn(this.#a,e);let t=this.#n.pending;this.#o=B(()=>t(this.#e))}else this.#x(M)}catch(e){this.error(e)}}#x(e){this.is_pending=!1,e.transfer_reactions(this.#f)}defer_effect(e){et(e,this.#f)}is_rendered(){return!this.is_pending&&(!this.parent||this.parent.is_rendered())}has_pending_snippet(){return!!this.#n.pending}#S(e){var t=G,n=H,r=k;Ln(this.#i),W(this.#i),We(this.#i.ctx);try{return Ot.ensure(),e()}finally{Ln(t),W(n),We(r)}}#C(e,t){this.has_pending_snippet()?(this.#u+=e,this.#u===0&&(this.#x(t),this.#o&&kn(this.#o,()=>{this.#o=null}),this.#c&&=(this.#e.before(this.#c),null))):this.parent&&this.parent.#C(e,t)}update_pending_count(e,t){this.#C(e,t),this.#l+=e,!this.#p||this.#d||(this.#d=!0,A(()=>{this.#d=!1,this.#p&&Ut(this.#p,this.#l)}))}get_effect_pending(){return this.#m(),Y(this.#p)}error(e){if(e===ve||!this.#n.onerror&&!this.#n.failed)throw e;M?.is_fork?(this.#a&&M.skip_effect(this.#a),this.#o&&M.skip_effect(this.#o),this.#s&&M.skip_effect(this.#s),M.oncommit(()=>{this.#v()||this.#w(e)})):this.#w(e)}#w(e){this.#a&&=(V(this.#a),null),this.#o&&=(V(this.#o),null),this.#s&&=(V(this.#s),null),T&&(D(this.#t),Ee(),D(De()));let t=this.#n.failed,n=e=>{if(this.#v())return;let{reset:n,invoke_onerror:r}=this.#_(e);r(),t&&!this.#v()&&(this.#s=this.#S(()=>{try{return B(()=>{var r=G;r.b=this,r.f|=128,t(this.#e,()=>e,()=>n)})}catch(e){return un(e,this.#i.parent),null}}))};A(()=>{if(!this.#v()){var t;try{t=this.transform_error(e)}catch(e){un(e,this.#i&&this.#i.parent);return}typeof t==`object`&&t&&typeof t.then==`function`?t.then(n,e=>un(e,this.#i&&this.#i.parent)):n(t)}})}};function Er(e,t){var n=t==null?``:typeof t==`object`?`${t}`:t;n!==(e[me]??=e.nodeValue)&&(e[me]=n,e.nodeValue=`${n}`)}function Dr(e,t){return kr(e,t)}var Or=new Map;function kr(e,{target:t,anchor:n,props:r={},events:a,context:o,intro:s=!0,transformError:c}){$t();var l=void 0,u=vn(()=>{var s=n??t.appendChild(L());wr(s,{pending:()=>{}},t=>{Ge({});var n=k;if(o&&(n.c=o),a&&(r.$$events=a),T&&vr(t,null),l=e(t,r)||qe(),T&&(G.nodes.end=E,E===null||E.nodeType!==8||E.data!==`]`))throw xe(),ve;Ke()},c);var u=new Set,d=e=>{for(var n=0;n<e.length;n++){var r=e[n];if(!u.has(r)){u.add(r);var i=ir(r);for(let e of[t,document]){var a=Or.get(e);a===void 0&&(a=new Map,Or.set(e,a));var o=a.get(r);o===void 0?(e.addEventListener(r,mr,{passive:i}),a.set(r,1)):a.set(r,o+1)}}}};return d(i(or)),sr.add(d),()=>{for(var e of u)for(let n of[t,document]){var r=Or.get(n),i=r.get(e);--i==0?(n.removeEventListener(e,mr),r.delete(e),r.size===0&&Or.delete(n)):r.set(e,i)}sr.delete(d),s!==n&&s.parentNode?.removeChild(s)}});return Ar.set(l,u),l}var Ar=new WeakMap,jr=class{anchor;#e=new Map;#t=new Map;#n=new Map;#r=new Set;#i=!0;constructor(e,t=!0){this.anchor=e,this.#i=t}#a=e=>{if(this.#e.has(e)){var t=this.#e.get(e),n=this.#t.get(t);if(n)jn(n),this.#r.delete(t);else{var r=this.#n.get(t);r&&(jn(r.effect),this.#t.set(t,r.effect),this.#n.delete(t),r.fragment.lastChild.remove(),this.anchor.before(r.fragment),n=r.effect)}for(let[t,n]of this.#e){if(this.#e.delete(t),t===e)break;let r=this.#n.get(n);r&&(V(r.effect),this.#n.delete(n))}for(let[e,r]of this.#t){if(e===t||this.#r.has(e))continue;let i=()=>{if(Array.from(this.#e.values()).includes(e)){var t=document.createDocumentFragment();Nn(r,t),t.append(L()),this.#n.set(e,{effect:r,fragment:t})}else V(r);this.#r.delete(e),this.#t.delete(e)};this.#i||!n?(this.#r.add(e),kn(r,i,!1)):i()}}};#o=e=>{this.#e.delete(e);let t=Array.from(this.#e.values());for(let[e,n]of this.#n)t.includes(e)||(V(n.effect),this.#n.delete(e))};ensure(e,t){var n=M,r=on();if(t&&!this.#t.has(e)&&!this.#n.has(e)){if(r){var i=document.createDocumentFragment(),a=L();i.append(a),this.#n.set(e,{effect:B(()=>t(a)),fragment:i})}else this.#t.set(e,B(()=>t(this.anchor)))}if(this.#e.set(n,e),r){for(let[t,r]of this.#t)t===e?n.unskip_effect(r):n.skip_effect(r);for(let[t,r]of this.#n)t===e?n.unskip_effect(r.effect):n.skip_effect(r.effect);n.oncommit(this.#a),n.ondiscard(this.#o)}else T&&(this.anchor=E),this.#a(n)}},Mr=0,Nr=1,Pr=2;function Fr(e,t,n,r,i){T&&Te();var a=Je(),o=w,s=a?Rt(o):zt(o,!1,!1),c=a?Rt(o):zt(o,!1,!1),l=new jr(e);Cn(()=>{var a=M,o=t(),u=!1;let d=T&&p(o)===(e.data===`[!`);if(d&&(D(De()),we(!1)),p(o)){var f=ot(),m=!1;let e=e=>{if(!u){m=!0,f(!1),M===a&&a.deactivate(),Ot.ensure();try{e()}finally{st(!1),St||kt()}}};o.then(t=>{e(()=>{Ut(s,t),l.ensure(Nr,r&&(e=>r(e,s)))})},t=>{e(()=>{if(Ut(c,t),l.ensure(Pr,i&&(e=>i(e,c))),!i)throw c.v})}),T?l.ensure(Mr,n):A(()=>{m||e(()=>{l.ensure(Mr,n)})})}else Ut(s,o),l.ensure(Nr,r&&(e=>r(e,s)));return d&&we(!0),()=>{u=!0}})}function Ir(e,t,n=!1){var r;T&&(r=E,Te());var i=new jr(e),a=n?C:0;function o(e,t){if(T){var n=Oe(r);if(e!==parseInt(n.substring(1))){var a=De();D(a),i.anchor=a,we(!1),i.ensure(e,t),we(!0);return}}i.ensure(e,t)}Cn(()=>{var e=!1;t((t,n=0)=>{e=!0,o(n,t)}),e||o(-1,null)},a)}function Lr(e,t){return t}function Rr(e,t,n){for(var r=[],a=t.length,o,s=t.length,c=0;c<a;c++){let n=t[c];kn(n,()=>{if(o){if(o.pending.delete(n),o.done.add(n),o.pending.size===0){var t=e.outrogroups;zr(e,i(o.done)),t.delete(o),t.size===0&&(e.outrogroups=null)}}else--s},!1)}if(s===0){var l=r.length===0&&n!==null&&e.pending.size===0;if(l){var u=n,d=u.parentNode;an(d),d.append(u),e.items.clear()}zr(e,t,!l)}else o={pending:new Set(t),done:new Set},(e.outrogroups??=new Set).add(o)}function zr(e,t,n=!0){var r;if(e.pending.size>0){r=new Set;for(let t of e.pending.values())for(let n of t)r.add(e.items.get(n).e)}for(var i=0;i<t.length;i++){var a=t[i];r?.has(a)?(a.f|=re,Nn(a,document.createDocumentFragment())):V(t[i],n)}}var Br;function Vr(e,n,r,a,o,s=null){var c=e,l=new Map;if(n&4){var u=e;c=T?D(en(u)):u.appendChild(L())}T&&Te();var d=null,f=pt(()=>{var e=r();return t(e)?e:e==null?[]:i(e)}),p=new Map,m=!0;function h(e){if(!(_.effect.f&16384)){_.pending.delete(e);var t=Y(f);_.fallback=d,Ur(_,t,c,n,a),d!==null&&(t.length===0?d.f&33554432?(d.f^=re,Gr(d,null,c)):jn(d):kn(d,()=>{d=null}))}}function g(e){_.pending.delete(e)}var _={effect:Cn(()=>{var e=Y(f),t=e.length;let i=!1;T&&Oe(c)===`[!`!=(t===0)&&(c=De(),D(c),we(!1),i=!0);for(var u=new Set,_=M,v=on(),y=0;y<t;y+=1){T&&E.nodeType===8&&E.data===`]`&&(c=E,i=!0,we(!1));var b=e[y],x=a(b,y),S=m?null:l.get(x);S?(S.v&&Ut(S.v,b),S.i&&Ut(S.i,y),v&&_.unskip_effect(S.e)):(S=Wr(l,m?c:Br??=L(),b,x,y,o,n,r),m||(S.e.f|=re),l.set(x,S)),u.add(x)}if(t===0&&s&&!d&&(m?d=B(()=>s(c)):(d=B(()=>s(Br??=L())),d.f|=re)),t>u.size&&Pe(``,``,``),T&&t>0&&D(De()),!m){if(p.set(_,u),v){for(let[e,t]of l)u.has(e)||_.skip_effect(t.e);_.oncommit(h),_.ondiscard(g)}else h(_)}i&&we(!0),Y(f)}),flags:n,items:l,pending:p,outrogroups:null,fallback:d};m=!1,T&&(c=E)}function Hr(e){for(;e!==null&&!(e.f&32);)e=e.next;return e}function Ur(e,t,n,r,a){var o=!!(r&8),s=t.length,c=e.items,l=Hr(e.effect.first),u,d=null,f,p=[],m=[],h,g,_,v;if(o)for(v=0;v<s;v+=1)h=t[v],g=a(h,v),_=c.get(g).e,_.f&33554432||(_.nodes?.a?.measure(),(f??=new Set).add(_));for(v=0;v<s;v+=1){if(h=t[v],g=a(h,v),_=c.get(g).e,e.outrogroups!==null)for(let t of e.outrogroups)t.pending.delete(_),t.done.delete(_);if(_.f&8192&&(jn(_),o&&(_.nodes?.a?.unfix(),(f??=new Set).delete(_))),_.f&33554432){if(_.f^=re,_===l)Gr(_,null,n);else{var y=d?d.next:l;_===e.effect.last&&(e.effect.last=_.prev),_.prev&&(_.prev.next=_.next),_.next&&(_.next.prev=_.prev),Kr(e,d,_),Kr(e,_,y),Gr(_,y,n),d=_,p=[],m=[],l=Hr(d.next);continue}}if(_!==l){if(u!==void 0&&u.has(_)){if(p.length<m.length){var b=m[0],x;d=b.prev;var S=p[0],ee=p[p.length-1];for(x=0;x<p.length;x+=1)Gr(p[x],b,n);for(x=0;x<m.length;x+=1)u.delete(m[x]);Kr(e,S.prev,ee.next),Kr(e,d,S),Kr(e,ee,b),l=b,d=ee,--v,p=[],m=[]}else u.delete(_),Gr(_,l,n),Kr(e,_.prev,_.next),Kr(e,_,d===null?e.effect.first:d.next),Kr(e,d,_),d=_;continue}for(p=[],m=[];l!==null&&l!==_;)(u??=new Set).add(l),m.push(l),l=Hr(l.next);if(l===null)continue}_.f&33554432||p.push(_),d=_,l=Hr(_.next)}if(e.outrogroups!==null){for(let t of e.outrogroups)t.pending.size===0&&(zr(e,i(t.done)),e.outrogroups?.delete(t));e.outrogroups.size===0&&(e.outrogroups=null)}if(l!==null||u!==void 0){var C=[];if(u!==void 0)for(_ of u)_.f&8192||C.push(_);for(;l!==null;)!(l.f&8192)&&l!==e.fallback&&C.push(l),l=Hr(l.next);var te=C.length;if(te>0){var ne=r&4&&s===0?n:null;if(o){for(v=0;v<te;v+=1)C[v].nodes?.a?.measure();for(v=0;v<te;v+=1)C[v].nodes?.a?.fix()}Rr(e,C,ne)}}o&&A(()=>{if(f!==void 0)for(_ of f)_.nodes?.a?.apply()})}function Wr(e,t,n,r,i,a,o,s){var c=o&1?o&16?Rt(n):zt(n,!1,!1):null,l=o&2?Rt(i):null;return{v:c,i:l,e:B(()=>(a(t,c??n,l??i,s),()=>{e.delete(r)}))}}function Gr(e,t,n){if(e.nodes)for(var r=e.nodes.start,i=e.nodes.end,a=t&&!(t.f&33554432)?t.nodes.start:n;r!==null;){var o=tn(r);if(a.before(r),r===i)return;r=o}}function Kr(e,t,n){t===null?e.effect.first=n:t.next=n,n===null?e.effect.last=t:n.prev=t}function qr(e,t,...n){var r=new jr(e);Cn(()=>{let e=t()??null;r.ensure(e,e&&(t=>e(t,...n)))},C)}function Jr(e,t,n){var r;T&&(r=E,Te());var i=new jr(e);Cn(()=>{var e=t()??null;if(T&&Oe(r)===`[`!=(e!==null)){var a=De();D(a),i.anchor=a,we(!1),i.ensure(e,e&&(t=>n(t,e))),we(!0)}else i.ensure(e,e&&(t=>n(t,e)))},C)}var Yr=[...` 	
\r\f\xA0\v﻿`];function Xr(e,t,n){var r=e==null?``:``+e;if(t&&(r=r?r+` `+t:t),n){for(var i of Object.keys(n))if(n[i])r=r?r+` `+i:i;else if(r.length)for(var a=i.length,o=0;(o=r.indexOf(i,o))>=0;){var s=o+a;(o===0||Yr.includes(r[o-1]))&&(s===r.length||Yr.includes(r[s]))?r=(o===0?``:r.substring(0,o))+r.substring(s+1):o=s}}return r===``?null:r}function Zr(e,t=!1){var n=t?` !important;`:`;`,r=``;for(var i of Object.keys(e)){var a=e[i];a!=null&&a!==``&&(r+=` `+i+`: `+a+n)}return r}function Qr(e){return e[0]!==`-`||e[1]!==`-`?e.toLowerCase():e}function $r(e,t){if(t){var n=``,r,i;if(Array.isArray(t)?(r=t[0],i=t[1]):r=t,e){e=String(e).replaceAll(/\/\*.*?\*\//g,``).trim();var a=!1,o=0,s=!1,c=[];r&&c.push(...Object.keys(r).map(Qr)),i&&c.push(...Object.keys(i).map(Qr));var l=0,u=-1;let t=e.length;for(var d=0;d<t;d++){var f=e[d];if(s?f===`/`&&e[d-1]===`*`&&(s=!1):a?a===f&&(a=!1):f===`/`&&e[d+1]===`*`?s=!0:f===`"`||f===`'`?a=f:f===`(`?o++:f===`)`&&o--,!s&&a===!1&&o===0){if(f===`:`&&u===-1)u=d;else if(f===`;`||d===t-1){if(u!==-1){var p=Qr(e.substring(l,u).trim());if(!c.includes(p)){f!==`;`&&d++;var m=e.substring(l,d).trim();n+=` `+m+`;`}}l=d+1,u=-1}}}}return r&&(n+=Zr(r)),i&&(n+=Zr(i,!0)),n=n.trim(),n===``?null:n}return e==null?null:String(e)}function ei(e,t,n,r,i,a){var o=e[fe];if(T||o!==n||o===void 0){var s=Xr(n,r,a);T&&s===e.getAttribute(`class`)||(s==null?e.removeAttribute(`class`):t?e.className=s:e.setAttribute(`class`,s)),e[fe]=n}else if(a&&i!==a)for(var c in a){var l=!!a[c];(i==null||l!==!!i[c])&&e.classList.toggle(c,l)}return a}function ti(e,t={},n,r){for(var i in n){var a=n[i];t[i]!==a&&(n[i]==null?e.style.removeProperty(i):e.style.setProperty(i,a,r))}}function ni(e,t,n,r){var i=e[pe];if(T||i!==t){var a=$r(t,r);T&&a===e.getAttribute(`style`)||(a==null?e.removeAttribute(`style`):e.style.cssText=a),e[pe]=t}else r&&(Array.isArray(r)?(ti(e,n?.[0],r[0]),ti(e,n?.[1],r[1],`important`)):ti(e,n,r));return r}function ri(e,t){t?e.hasAttribute(`selected`)||e.setAttribute(`selected`,``):e.removeAttribute(`selected`)}function ii(e,n){var r=e.__defaultValue,i=e.multiple,a=i?r??[]:null;if(!i||t(a)){var o=e.selectedIndex,s=n&&i?new Set(e.selectedOptions):null;for(var c of e.options){var l=ci(c);ri(c,i?a.includes(l):Jt(l,r))}if(n){if(s!==null)for(c of e.options){var u=s.has(c);c.selected!==u&&(c.selected=u)}else e.selectedIndex!==o&&(e.selectedIndex=o)}}}function ai(e,n,r=!1){if(e.multiple){if(n==null)return;if(!t(n))return Se();for(var i of e.options)i.selected=n.includes(ci(i))}else{for(i of e.options)if(Jt(ci(i),n)){i.selected=!0;return}r&&n===void 0||(e.selectedIndex=-1)}}function oi(e){var t=new MutationObserver(t=>{t.every(li)||(`__defaultValue`in e&&ii(e,!1),`__value`in e&&ai(e,e.__value))});t.observe(e,{childList:!0,subtree:!0,attributes:!0,attributeFilter:[`value`]}),hn(()=>{t.disconnect()})}function si(e,t,n=t){var r=new WeakSet,i=!0;it(e,`change`,t=>{var i=t?`[selected]`:`:checked`,a;if(e.multiple)a=[].map.call(e.querySelectorAll(i),ci);else{var o=e.querySelector(i)??e.querySelector(`option:not([disabled])`);a=o&&ci(o)}n(a),e.__value=a,M!==null&&r.add(M)}),yn(()=>{var a=t();if(e===document.activeElement){var o=M;if(r.has(o))return}if(ai(e,a,i),i&&a===void 0){var s=e.querySelector(`:checked`);s!==null&&(a=ci(s),n(a))}e.__value=a,i=!1})}function ci(e){return`__value`in e?e.__value:e.value}function li(e){if(e.target.closest(`selectedcontent`)!==null)return!0;if(e.type===`childList`){var t=[...e.addedNodes,...e.removedNodes];return t.length>0&&t.every(e=>e.nodeName===`SELECTEDCONTENT`)}return!1}var ui=Symbol(`is custom element`),di=Symbol(`is html`),fi=_e?`link`:`LINK`,pi=_e?`progress`:`PROGRESS`;function mi(e){if(T){var t=!1,n=()=>{if(!t){if(t=!0,e.hasAttribute(`value`)){var n=e.value;_i(e,`value`,null),e.value=n}if(e.hasAttribute(`checked`)){var r=e.checked;_i(e,`checked`,null),e.checked=r}}};e[he]=n,A(n),nt()}}function hi(e,t){var n=vi(e);n.value!==(n.value=t??void 0)&&(e.value!==t||t===0&&e.nodeName===pi)&&(e.value=t??``)}function gi(e,t){var n=vi(e);n.checked!==(n.checked=t??void 0)&&(e.checked=t)}function _i(e,t,n,r){var i=vi(e);if(!(T&&(i[t]=e.getAttribute(t),t===`src`||t===`srcset`||t===`href`&&e.nodeName===fi))){var a=i[t];a!==(i[t]=n)&&(t===`loading`&&(e[ue]=n),n==null?e.removeAttribute(t):typeof n!=`string`&&bi(e).has(t)?e[t]=n:(!T||typeof n!=`number`&&typeof n!=`boolean`||a!==String(n))&&e.setAttribute(t,n))}}function vi(e){return e[de]??={[ui]:e.nodeName.includes(`-`),[di]:e.namespaceURI===ye}}var yi=new Map;function bi(e){var t=e.getAttribute(`is`)||e.nodeName,n=yi.get(t);if(n)return n;yi.set(t,n=new Set);for(var r,i=e,a=Element.prototype;a!==i;){for(var o in r=s(i),r)r[o].set&&o!==`innerHTML`&&o!==`textContent`&&o!==`innerText`&&n.add(o);i=u(i)}return n}function xi(e,t,n=t){var r=new WeakSet;it(e,`input`,async i=>{var a=i?e.defaultValue:e.value;if(a=Ti(e)?Ei(a):a,n(a),M!==null&&r.add(M),await $n(),a!==(a=t())){var o=e.selectionStart,s=e.selectionEnd,c=e.value.length;if(e.value=a??``,s!==null){var l=e.value.length;o===s&&s===c&&l>c?(e.selectionStart=l,e.selectionEnd=l):(e.selectionStart=o,e.selectionEnd=Math.min(s,l))}}}),(T&&e.defaultValue!==e.value||nr(t)==null&&e.value)&&(n(Ti(e)?Ei(e.value):e.value),M!==null&&r.add(M)),xn(()=>{var n=t();if(e===document.activeElement){var i=M;if(r.has(i))return}Ti(e)&&n===Ei(e.value)||(e.type!==`date`||n||e.value)&&n!==e.value&&(e.value=n??``)})}var Si=new Set;function Ci(e,t,n,r,i=r){var a=n.getAttribute(`type`)===`checkbox`,o=e;let s=!1;if(t!==null)for(var c of t)o=o[c]??=[];o.push(n),it(n,`change`,()=>{var e=n.__value;a&&(e=wi(o,e,n.checked)),i(e)},()=>i(a?[]:null)),xn(()=>{var e=r();T&&n.defaultChecked!==n.checked?s=!0:a?(e||=[],n.checked=e.includes(n.__value)):n.checked=Jt(n.__value,e)}),hn(()=>{var e=o.indexOf(n);e!==-1&&o.splice(e,1)}),Si.has(o)||(Si.add(o),A(()=>{o.sort((e,t)=>e.compareDocumentPosition(t)===4?-1:1),Si.delete(o)})),A(()=>{if(s){var e=a?wi(o,e,n.checked):o.find(e=>e.checked)?.__value;i(e)}})}function wi(e,t,n){for(var r=new Set,i=0;i<e.length;i+=1)e[i].checked&&r.add(e[i].__value);return n||r.delete(t),Array.from(r)}function Ti(e){var t=e.type;return t===`number`||t===`range`}function Ei(e){return e===``?null:+e}function Di(e,t){return e===t||e?.[se]===t}function Oi(e=qe(),t,n,r){var i=k.r,a=G;return yn(()=>{var o,s;return xn(()=>{o=s,s=r?.()||[],nr(()=>{Di(n(...s),e)||(t(e,...s),o&&Di(n(...o),e)&&t(null,...o))})}),()=>{let r=a;for(;r!==i&&r.parent!==null&&r.parent.f&33554432;)r=r.parent;let o=()=>{s&&Di(n(...s),e)&&t(null,...s)},c=r.teardown;r.teardown=()=>{o(),c?.()}}}),e}function ki(e,t,n,r,i){var a=()=>{r(n[e])};n.addEventListener(t,a),i?xn(()=>{n[e]=i()}):a(),(n===document.body||n===window||n===document)&&hn(()=>{n.removeEventListener(t,a)})}var Ai=!1;function ji(e){var t=Ai;try{return Ai=!1,[e(),Ai]}finally{Ai=t}}function Mi(e,t,n,r){var i=!0,a=!!(n&8),s=!!(n&16),c=r,l=!0,u=void 0,d=()=>s&&i?(u??=lt(r),Y(u)):(l&&(l=!1,c=s?nr(r):r),c);let f;if(a){var p=se in e||le in e;f=o(e,t)?.set??(p&&t in e?n=>e[t]=n:void 0)}var m,h=!1;a?[m,h]=ji(()=>e[t]):m=e[t],m===void 0&&r!==void 0&&(m=d(),f&&(i&&ze(t),f(m)));var g=i?()=>{var n=e[t];return n===void 0?d():(l=!0,n)}:()=>{var n=e[t];return n!==void 0&&(c=void 0),n===void 0?c:n};if(i&&!(n&4))return g;if(f){var _=e.$$legacy;return(function(e,t){return arguments.length>0?((!i||!t||_||h)&&f(t?g():e),e):g()})}var v=!1,y=(n&1?lt:pt)(()=>(v=!1,g()));a&&Y(y);var b=G;return(function(e,t){if(arguments.length>0){let n=t?Y(y):i&&a?I(e):e;return Bt(y,n),v=!0,c!==void 0&&(c=n),e}return Fn&&v||b.f&16384?y.v:Y(y)})}function Ni(e){k===null&&Me(`onMount`),gn(()=>{let t=nr(e);if(typeof t==`function`)return t})}function Pi(e){k===null&&Me(`onDestroy`),Ni(()=>()=>nr(e))}var Fi=`ai-usage-theme`,Ii=matchMedia(`(prefers-color-scheme: dark)`);function Li(){let e=localStorage.getItem(Fi);return e===`light`||e===`dark`?e:`system`}function Ri(e=Li()){return e===`system`?Ii.matches?`dark`:`light`:e}function zi(e=Li()){e===`system`?localStorage.removeItem(Fi):localStorage.setItem(Fi,e),document.documentElement.dataset.theme=Ri(e)}Ii.addEventListener(`change`,()=>zi()),typeof window<`u`&&((window.__svelte??={}).v??=new Set).add(`5`);var Bi=[{name:`login`,pattern:/^\/login$/,keys:[],private:!1,load:()=>e(()=>import(`./Login-BoMiixfn.js`),__vite__mapDeps([0,1]))},{name:`setup`,pattern:/^\/setup$/,keys:[],private:!1,load:()=>e(()=>import(`./FirstRun-Bs2aXoMn.js`),__vite__mapDeps([2,1]))},{name:`invite`,pattern:/^\/invite$/,keys:[],private:!1,load:()=>e(()=>import(`./Invite-4nUxUqZv.js`),__vite__mapDeps([3,1]))},{name:`home`,pattern:/^\/$/,keys:[],private:!0,load:()=>e(()=>import(`./Home-BKrs6E9_.js`),__vite__mapDeps([4,5,1,6]))},{name:`account`,pattern:/^\/account$/,keys:[],private:!0,load:()=>e(()=>import(`./Account-BDntDfUM.js`),__vite__mapDeps([7,8,9,1,10]))},{name:`new-workspace`,pattern:/^\/workspaces\/new$/,keys:[],private:!0,load:()=>e(()=>import(`./NewWorkspace-B-k8WUEX.js`),__vite__mapDeps([11,1]))},{name:`workspace`,pattern:/^\/w\/([^/]+)$/,keys:[`workspaceId`],private:!0,load:()=>e(()=>import(`./Home-BKrs6E9_.js`),__vite__mapDeps([4,5,1,6]))},{name:`members`,pattern:/^\/w\/([^/]+)\/members$/,keys:[`workspaceId`],private:!0,load:()=>e(()=>import(`./Members-CxOtq8J0.js`),__vite__mapDeps([12,8,1,13]))},...Object.entries({connect:()=>e(()=>import(`./Connect-BAwUnbcw.js`),__vite__mapDeps([14,9,15,1,16])),integrations:()=>e(()=>import(`./Integrations-DfdOLyq3.js`),__vite__mapDeps([17,9,15,1,5,6,18])),people:()=>e(()=>import(`./People-C7QLc25L.js`),__vite__mapDeps([19,9,15,1,20])),settings:()=>e(()=>import(`./Settings-CoPm55_I.js`),__vite__mapDeps([21,8,15,1])),audit:()=>e(()=>import(`./AuditLog-DIRBwR-j.js`),__vite__mapDeps([22,8,9,15,1,23]))}).map(([e,t])=>({name:e,pattern:RegExp(`^/w/([^/]+)/${e}$`),keys:[`workspaceId`],private:!0,load:t}))],Vi={name:`not-found`,pattern:/$^/,keys:[],private:!1,load:()=>e(()=>import(`./NotFound-C566zg75.js`),[])};function Hi(e){for(let t of Bi){let n=t.pattern.exec(e);if(n){let e={};return t.keys.forEach((t,r)=>e[t]=decodeURIComponent(n[r+1]??``)),{name:t.name,params:e,private:t.private,load:t.load}}}return{name:Vi.name,params:{},private:!1,load:Vi.load}}var Ui=I({route:Hi(location.pathname),path:location.pathname});function Wi(e,t={}){t.replace?history.replaceState(null,``,e):history.pushState(null,``,e),Gi()}function Gi(){Ui.path=location.pathname,Ui.route=Hi(location.pathname)}addEventListener(`popstate`,Gi),document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target?.closest?.(`a`);if(!t||t.target||t.hasAttribute(`download`)||t.dataset.external!==void 0)return;let n=new URL(t.href,location.href);n.origin!==location.origin||n.pathname.startsWith(`/graphiql`)||(e.preventDefault(),Wi(n.pathname+n.search+n.hash))});function Ki(){let e=new URLSearchParams(location.search).get(`next`);return e&&e.startsWith(`/`)&&!e.startsWith(`//`)?e:`/`}var Z=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},qi={"\n  query Me {\n    me {\n      id\n      email\n      displayName\n      isInstanceAdmin\n    }\n    workspaces {\n      id\n      name\n      kind\n      role\n    }\n    version\n  }\n":new Z(`
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
    `)};function Q(e){return qi[e]??{}}var Ji=class extends Error{code;field;constructor(e,t,n){super(e),this.name=`ApiError`,this.code=t,this.field=n}};function Yi(e){let t=e[0];return new Ji(t?.message??`request failed`,t?.extensions?.code??`INTERNAL`,t?.extensions?.field)}async function Xi(e,...[t]){let n;try{n=await fetch(`/graphql`,{method:`POST`,credentials:`same-origin`,headers:{"content-type":`application/json`,accept:`application/json`},body:JSON.stringify({query:e.toString(),variables:t??{}})})}catch{throw new Ji(`The service cannot be reached. Check your connection and try again.`,`NETWORK`)}let r;try{r=await n.json()}catch{throw new Ji(`The service answered ${n.status} without a GraphQL body.`,`INTERNAL`)}if(r.errors?.length)throw Yi(r.errors);if(r.data==null)throw new Ji(`The service sent no data.`,`INTERNAL`);return r.data}var Zi,Qi=!1;function $i(){return Zi??=e(async()=>{let{createClient:e}=await import(`./dist-6Jee63mk.js`).then(e=>e.t);return{createClient:e}},[]).then(({createClient:e})=>{let t=e({url:`${location.protocol===`https:`?`wss:`:`ws:`}//${location.host}/graphql/ws`,lazy:!0,retryAttempts:1/0,shouldRetry:()=>!0});return t.on(`connected`,()=>Qi=!0),t.on(`closed`,()=>Qi=!1),t}),Zi}function ea(e,t,n,r=()=>{},i){let a,o,s=!1;return $i().then(c=>{s||(i&&(o=c.on(`connected`,()=>i()),Qi&&queueMicrotask(i)),a=c.subscribe({query:e.toString(),variables:t},{next:e=>{e.errors?.length?r(Yi(e.errors)):e.data&&n(e.data)},error:()=>r(new Ji(`The live connection failed.`,`NETWORK`)),complete:()=>{}}))}),()=>{s=!0,o?.(),a?.()}}async function ta(){if(!Zi)return;let e=await Zi;Zi=void 0,await e.dispose()}function na(e){if(!(e instanceof Ji))return`Something went wrong. Try again.`;switch(e.code){case`FORBIDDEN`:return`You do not have permission to do this here. Ask an admin of this workspace if you need access.`;case`UNAUTHENTICATED`:return e.message===`wrong email or password`?`Wrong email or password.`:`Your session has ended. Log in again.`;case`RATE_LIMITED`:return`Too many attempts. Wait a minute and try again.`;case`NOT_FOUND`:return`This does not exist, or you cannot see it.`;case`NETWORK`:return e.message;case`BAD_USER_INPUT`:case`CONFLICT`:return ra(e.message);default:return`The service had a problem. Try again in a moment.`}}function ra(e){let t=e.charAt(0).toUpperCase()+e.slice(1);return/[.!?]$/.test(t)?t:`${t}.`}var ia=Q(`
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
`),aa=Q(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      user {
        id
      }
    }
  }
`),oa=Q(`
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
`),sa=Q(`
  mutation LogOut {
    logOut
  }
`),ca=Q(`
  mutation ChangePassword($current: String!, $new: String!) {
    changePassword(current: $current, new: $new)
  }
`),la=Q(`
  mutation AcceptInvite($token: String!) {
    acceptInvite(token: $token) {
      id
      name
      role
    }
  }
`),ua=Q(`
  mutation CreateWorkspace($name: String!) {
    createWorkspace(name: $name) {
      id
      name
      kind
      role
    }
  }
`),da=Q(`
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
`),fa=Q(`
  query Invitations($workspaceId: ID!) {
    invitations(workspaceId: $workspaceId) {
      id
      email
      role
      expiresAt
    }
  }
`),pa=Q(`
  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {
    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {
      id
      token
      email
      role
      expiresAt
    }
  }
`),ma=Q(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`),ha=Q(`
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
`),ga=Q(`
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
`),_a=Q(`
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
`),va=Q(`
  subscription IntegrationChanged($workspaceId: ID!) {
    integrationChanged(workspaceId: $workspaceId) {
      integrationId
      change
      resyncRequired
    }
  }
`),ya=Q(`
  mutation ConnectIntegration($workspaceId: ID!, $input: ConnectIntegrationInput!) {
    connectIntegration(workspaceId: $workspaceId, input: $input) {
      id
      displayName
    }
  }
`),ba=Q(`
  mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {
    updateIntegration(id: $id, input: $input) {
      id
      status
      schedule
      secretHint
    }
  }
`),xa=Q(`
  mutation DisconnectIntegration($id: ID!, $keepData: Boolean!) {
    disconnectIntegration(id: $id, keepData: $keepData)
  }
`),Sa=Q(`
  mutation SyncIntegration($id: ID!, $from: NaiveDate, $to: NaiveDate) {
    syncIntegration(id: $id, from: $from, to: $to) {
      id
      daysTotal
    }
  }
`),Ca=Q(`
  mutation RetryFailedDay($integrationId: ID!, $day: NaiveDate!) {
    retryFailedDay(integrationId: $integrationId, day: $day) {
      id
    }
  }
`),wa=Q(`
  mutation AcknowledgeFailedDay($integrationId: ID!, $day: NaiveDate!) {
    acknowledgeFailedDay(integrationId: $integrationId, day: $day) {
      day
      state
    }
  }
`),Ta=Q(`
  query InstanceState {
    setupRequired
    sampleDataEnabled
  }
`),Ea=Q(`
  mutation LoadSampleData($workspaceId: ID!) {
    loadSampleData(workspaceId: $workspaceId) {
      id
    }
  }
`),$=I({loaded:!1,user:null,workspaces:[],version:``,error:null,setupRequired:!1,sampleDataEnabled:!1});async function Da(){let e=Xi(Ta).then(e=>{$.setupRequired=e.setupRequired,$.sampleDataEnabled=e.sampleDataEnabled},()=>{});try{let e=await Xi(ia);$.user=e.me,$.workspaces=e.workspaces,$.version=e.version,$.error=null}catch(e){$.user=null,$.workspaces=[],$.error=e instanceof Ji&&e.code===`UNAUTHENTICATED`?null:String(e)}await e,$.loaded=!0}async function Oa(){try{await Xi(sa)}finally{await ta(),$.user=null,$.workspaces=[]}}var ka={VIEWER:0,MEMBER:1,ADMIN:2,OWNER:3};function Aa(e,t){return e!==void 0&&ka[e]>=ka[t]}function ja(e){let t=e??localStorage.getItem(`ai-usage-workspace`)??void 0;return $.workspaces.find(e=>e.id===t)??$.workspaces[0]}function Ma(e){localStorage.setItem(`ai-usage-workspace`,e)}var Na=yr(`<button type="button" class="secondary theme-toggle">Dark theme</button>`);function Pa(e,t){Ge(t,!0);let n=F(I(Ri(Li())));function r(){let e=Y(n)===`dark`?`light`:`dark`;zi(e),Bt(n,e,!0)}var i=Na();Sn(()=>_i(i,`aria-pressed`,Y(n)===`dark`)),ur(`click`,i,r),X(e,i),Ke()}dr([`click`]);var Fa=yr(`<option> </option>`),Ia=yr(`<div class="switcher svelte-12hq2y2"><label for="workspace-switcher" class="svelte-12hq2y2">Workspace</label> <select id="workspace-switcher" class="svelte-12hq2y2"><!><option>+ New workspace…</option></select></div>`),La=yr(`<li><a class="svelte-12hq2y2"> </a></li>`),Ra=yr(`<li><a class="svelte-12hq2y2">Overview</a></li> <!>`,1),za=yr(`<a class="skip-link" href="#main">Skip to content</a> <header class="top svelte-12hq2y2"><a class="brand svelte-12hq2y2" href="/">ai-usage</a> <!> <nav aria-label="Main" class="svelte-12hq2y2"><ul class="svelte-12hq2y2"><!> <li><a href="/graphiql" data-external="">GraphiQL</a></li> <li><a href="/account" class="svelte-12hq2y2">Account</a></li></ul></nav> <div class="tools svelte-12hq2y2"><!> <button type="button" class="secondary">Log out</button></div></header> <main id="main" tabindex="-1" class="svelte-12hq2y2"><!></main>`,1);function Ba(e,t){Ge(t,!0);let n=ft(()=>ja(Ui.route.params.workspaceId)),r=ft(()=>Aa(Y(n)?.role,`ADMIN`)),i=[[`integrations`,`Integrations`],[`people`,`People`],[`members`,`Members`],[`settings`,`Settings`]];function a(e){let t=e.currentTarget.value;t===`new`?Wi(`/workspaces/new`):(Ma(t),Wi(`/w/${t}`))}async function o(){await Oa(),Wi(`/login`)}var s=za(),c=z(nn(s),2),l=z(R(c),2),u=e=>{var t=Ia(),r=z(R(t),2),i=R(r);Vr(i,17,()=>$.workspaces,e=>e.id,(e,t)=>{var n=Fa(),r=rn(n),i={};Sn(e=>{Er(r,`${Y(t).name??``} (${e??``})`),i!==(i=Y(t).id)&&(n.value=(n.__value=i)??``)},[()=>Y(t).role.toLowerCase()]),X(e,n)});var o=z(i);o.value=o.__value=`new`,O(r);var s;oi(r),O(t),Sn(()=>{s!==(s=Y(n)?.id)&&(r.value=(r.__value=s)??``,ai(r,s))}),ur(`change`,r,a),X(e,t)};Ir(l,e=>{$.workspaces.length&&e(u)});var d=z(l,2),f=R(d),p=R(f),m=e=>{var t=Ra(),a=nn(t),o=rn(a),s=z(a,2),c=e=>{var t=xr();Vr(nn(t),17,()=>i,([e,t])=>e,(e,t)=>{var r=ft(()=>g(Y(t),2));let i=()=>Y(r)[0],a=()=>Y(r)[1];var o=La(),s=R(o),c=rn(s,!0);O(o),Sn(()=>{_i(s,`href`,`/w/${Y(n).id}/${i()}`),_i(s,`aria-current`,Ui.route.name===i()?`page`:void 0),Er(c,a())}),X(e,o)}),X(e,t)};Ir(s,e=>{Y(r)&&e(c)}),Sn(()=>{_i(o,`href`,`/w/${Y(n).id}`),_i(o,`aria-current`,Ui.route.name===`workspace`?`page`:void 0)}),X(e,t)};Ir(p,e=>{Y(n)&&e(m)});var h=rn(z(p,4));O(f),O(d);var _=z(d,2),v=R(_);Pa(v,{});var y=z(v,2);O(_),O(c);var b=z(c,2);qr(R(b),()=>t.children),O(b),Sn(()=>_i(h,`aria-current`,Ui.route.name===`account`?`page`:void 0)),ur(`click`,y,o),X(e,s),Ke()}dr([`change`,`click`]);var Va=yr(`<p class="narrow muted" role="status">Loading…</p>`),Ha=yr(`<main class="narrow"><h1>The service cannot be reached</h1> <p class="error" role="alert"> </p> <button type="button">Try again</button></main>`);function Ua(e,t){Ge(t,!0),Da();let n=ft(()=>Ui.route),r=ft(()=>Y(n).load());gn(()=>{if($.loaded){if(Y(n).private&&!$.user&&!$.error){let e=location.pathname+location.search;$.setupRequired?Wi(`/setup`,{replace:!0}):Wi(e===`/`?`/login`:`/login?next=${encodeURIComponent(e)}`,{replace:!0})}else $.user&&(Y(n).name===`login`||Y(n).name===`setup`)&&Wi(Ki(),{replace:!0})}});var i=xr(),a=nn(i),o=e=>{X(e,Va())},s=e=>{var t=Ha(),n=z(R(t),2),r=rn(n,!0),i=z(n,2);O(t),Sn(()=>Er(r,$.error)),ur(`click`,i,()=>Da()),X(e,t)},c=e=>{var t=xr(),i=nn(t),a=e=>{Ba(e,{children:(e,t)=>{var i=xr();Fr(nn(i),()=>Y(r),null,(e,t)=>{var r=xr();Jr(nn(r),()=>Y(t).default,(e,t)=>{t(e,{get params(){return Y(n).params}})}),X(e,r)}),X(e,i)},$$slots:{default:!0}})};Ir(i,e=>{$.user&&e(a)}),X(e,t)},l=e=>{var t=xr();Fr(nn(t),()=>Y(r),null,(e,t)=>{var r=xr();Jr(nn(r),()=>Y(t).default,(e,t)=>{t(e,{get params(){return Y(n).params}})}),X(e,r)}),X(e,t)};Ir(a,e=>{$.loaded?$.error&&Y(n).private?e(s,1):Y(n).private?e(c,2):e(l,-1):e(o)}),X(e,i),Ke()}dr([`click`]),zi();var Wa=document.getElementById(`app`);if(!Wa)throw Error(`index.html has no #app element`);Dr(Ua,{target:Wa});export{Er as $,ea as A,mi as B,aa as C,Ji as D,oa as E,Mi as F,oi as G,gi as H,ki as I,ei as J,ai as K,Oi as L,Wi as M,Ki as N,na as O,Pi as P,Ir as Q,Ci as R,pa as S,ma as T,hi as U,_i as V,si as W,Vr as X,qr as Y,Lr as Z,ha as _,ft as _t,Ma as a,ur as at,ua as b,Ee as bt,ya as c,Sn as ct,va as d,nn as dt,X as et,Ea as f,rn as ft,ba as g,F as gt,_a as h,Bt as ht,Da as i,dr as it,Q as j,Xi as k,xa as l,gn as lt,Sa as m,I as mt,Aa as n,yr as nt,$ as o,lr as ot,Ca as p,z as pt,ni as q,ja as r,br as rt,wa as s,Y as st,Pa as t,xr as tt,ga as u,R as ut,la as v,Ke as vt,da as w,fa as x,O as xt,ca as y,Ge as yt,xi as z};