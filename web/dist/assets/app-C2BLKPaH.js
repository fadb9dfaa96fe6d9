const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Login-9yG6EwDj.js","assets/ErrorMessage-rEQQtb97.js","assets/FirstRun-DknFpabh.js","assets/Invite-CErTrPe1.js","assets/Home-YsP6zTDX.js","assets/SampleData-BigLnbTT.js","assets/SampleData-t1BmOlPj.css","assets/Account-CjFka_IK.js","assets/admin-QL9uz0pS.js","assets/Account-lNQWAX84.css","assets/NewWorkspace-KN6b_mg_.js","assets/Dashboard-DDJMmH8K.js","assets/rolldown-runtime-QQ38H6s1.js","assets/Dashboard-DL9zQfd1.css","assets/Members-4CZ-UDx4.js","assets/Members-cgFvodlg.css","assets/Connect-D3x0mUsw.js","assets/AdminOnly-B9_Nmasm.js","assets/Connect-MxDcD2Rv.css","assets/Integrations-mMD5oLgH.js","assets/Integrations-rwNWZLSQ.css","assets/People-uxOVoaih.js","assets/People-D2slcnXc.css","assets/Settings-ERc_LpUN.js","assets/AuditLog-D7KXP61G.js","assets/AuditLog-Sm2MSW6t.css","assets/dist-DHCRdjNZ.js"])))=>i.map(i=>d[i]);
import{i as e,n as t,r as n,t as r}from"./preload-helper-CnQnagar.js";var i=Array.isArray,a=Array.prototype.indexOf,o=Array.prototype.includes,s=Array.from,c=Object.defineProperty,l=Object.getOwnPropertyDescriptor,u=Object.getOwnPropertyDescriptors,d=Object.prototype,f=Array.prototype,p=Object.getPrototypeOf,m=Object.isExtensible,h=()=>{};function g(e){return typeof e?.then==`function`}function _(e){for(var t=0;t<e.length;t++)e[t]()}function v(){var e,t;return{promise:new Promise((n,r)=>{e=n,t=r}),resolve:e,reject:t}}function y(e,t){if(Array.isArray(e))return e;if(t===void 0||!(Symbol.iterator in e))return Array.from(e);let n=[];for(let r of e)if(n.push(r),n.length===t)break;return n}var b=1024,x=2048,S=4096,ee=8192,te=16384,ne=32768,re=1<<25,ie=65536,ae=1<<19,oe=1<<20,se=1<<25,ce=1<<21,le=1<<22,ue=1<<23,de=Symbol(`$state`),fe=Symbol(`component`),pe=Symbol(`legacy props`),me=Symbol(``),he=Symbol(`attributes`),ge=Symbol(`class`),_e=Symbol(`style`),ve=Symbol(`text`),ye=Symbol(`form reset`),be=new class extends Error{name=`StaleReactionError`;message="The reaction that called `getAbortSignal()` was re-run or destroyed"},xe=!!globalThis.document?.contentType&&globalThis.document.contentType.includes(`xml`),Se={},C=Symbol(`uninitialized`),Ce=`http://www.w3.org/1999/xhtml`;function we(){console.warn(`https://svelte.dev/e/derived_inert`)}function Te(e){console.warn(`https://svelte.dev/e/hydration_mismatch`)}function Ee(){console.warn(`https://svelte.dev/e/select_multiple_invalid_value`)}function De(){console.warn(`https://svelte.dev/e/svelte_boundary_reset_noop`)}var w=!1;function Oe(e){w=e}var T;function E(e){if(e===null)throw Te(),Se;return T=e}function ke(){return E(sn(T))}function D(e){if(w){if(sn(T)!==null)throw Te(),Se;T=e}}function Ae(e=1){if(w){for(var t=e,n=T;t--;)n=sn(n);T=n}}function je(e=!0){for(var t=0,n=T;;){if(n.nodeType===8){var r=n.data;if(r===`]`){if(t===0)return n;--t}else(r===`[`||r===`[!`||r[0]===`[`&&!isNaN(Number(r.slice(1))))&&(t+=1)}var i=sn(n);e&&n.remove(),n=i}}function Me(e){if(!e||e.nodeType!==8)throw Te(),Se;return e.data}function Ne(e){return e===this.v}function Pe(e,t){return e==e?e!==t||typeof e==`object`&&!!e||typeof e==`function`:t==t}function Fe(e){return!Pe(e,this.v)}function Ie(e){throw Error(`https://svelte.dev/e/lifecycle_outside_component`)}function Le(){throw Error(`https://svelte.dev/e/async_derived_orphan`)}function Re(e,t,n){throw Error(`https://svelte.dev/e/each_key_duplicate`)}function ze(e){throw Error(`https://svelte.dev/e/effect_in_teardown`)}function Be(){throw Error(`https://svelte.dev/e/effect_in_unowned_derived`)}function Ve(e){throw Error(`https://svelte.dev/e/effect_orphan`)}function He(){throw Error(`https://svelte.dev/e/effect_update_depth_exceeded`)}function Ue(e){throw Error(`https://svelte.dev/e/props_invalid_value`)}function We(){throw Error(`https://svelte.dev/e/state_descriptors_fixed`)}function Ge(){throw Error(`https://svelte.dev/e/state_prototype_fixed`)}function Ke(){throw Error(`https://svelte.dev/e/state_unsafe_mutation`)}function qe(){throw Error(`https://svelte.dev/e/svelte_boundary_reset_onerror`)}var O=null;function Je(e){O=e}function Ye(e,t=!1,n){O={p:O,i:!1,c:null,e:null,s:e,x:null,r:U,l:null}}function Xe(e){var t=O,n=t.e;if(n!==null){t.e=null;for(var r of n)Sn(r)}return e!==void 0&&(t.x=e),t.i=!0,O=t.p,Ze(e)}function Ze(e={}){return c(e,fe,{value:!0}),e}function Qe(){return!0}var $e=[];function et(){var e=$e;$e=[],_(e)}function k(e){if($e.length===0&&!Et){var t=$e;queueMicrotask(()=>{t===$e&&et()})}$e.push(e)}function tt(){for(;$e.length>0;)et()}var nt=~(x|S|b);function A(e,t){e.f=e.f&nt|t}function rt(e){e.f&512||e.deps===null?A(e,b):A(e,S)}function it(e,t){e.f&2048?t.set(e,x):e.f&4096&&t.get(e)!==2048&&t.set(e,S),A(e,b)}var at=!1;function ot(){at||(at=!0,document.addEventListener(`reset`,e=>{Promise.resolve().then(()=>{if(!e.defaultPrevented)for(let t of e.target.elements)t[ye]?.()})},{capture:!0}))}function st(e){var t=B,n=U;H(null),W(null);try{return e()}finally{H(t),W(n)}}function ct(e,t,n,r=n){e.addEventListener(t,()=>st(n));let i=e[ye];e[ye]=i?()=>{i(),r(!0)}:()=>r(!0),ot()}function lt(e,t,n,r){let i=Qe()?pt:_t;var a=e.filter(e=>!e.settled),o=t.map(i);if(n.length===0&&a.length===0){r(o);return}var s=U,c=ut(),l=a.length===1?a[0].promise:a.length>1?Promise.all(a.map(e=>e.promise)):null;function u(e){if(!(s.f&16384)){c();try{r([...o,...e])}catch(e){hn(e,s)}dt()}}var d=ft();if(n.length===0){l.then(()=>u([])).finally(d);return}function f(){Promise.all(n.map(e=>ht(e))).then(u).catch(e=>hn(e,s)).finally(d)}l?l.then(()=>{s.f&16384?d():(c(),f(),dt())}):f()}function ut(){var e=U,t=B,n=O,r=j;return function(i=!0){W(e),H(t),Je(n),i&&!(e.f&16384)&&(r?.activate(),r?.apply())}}function dt(e=!0){W(null),H(null),Je(null),e&&j?.deactivate()}function ft(){var e=U,t=e.b,n=j,r=!!t?.is_rendered();return t?.update_pending_count(1,n),n.increment(r,e),()=>{t?.update_pending_count(-1,n),n.decrement(r,e)}}function pt(e){var t=2|x;return U!==null&&(U.f|=ae),{ctx:O,deps:null,effects:null,equals:Ne,f:t,fn:e,reactions:null,rv:0,v:C,wv:0,parent:U,ac:null}}var mt=Symbol(`obsolete`);function ht(e,t,n){let r=U;r===null&&Le();var i=void 0,a=Ut(C),o=!B,s=new Set;return Tn(()=>{var t=U,n=v();i=n.promise;try{Promise.resolve(e()).then(n.resolve,e=>{e!==be&&n.reject(e)}).finally(dt)}catch(e){n.reject(e),dt()}var c=j;if(o){if(t.f&32768)var l=ft();if(r.b?.is_rendered())c.async_deriveds.get(t)?.reject(mt);else for(let e of s.values())e.reject(mt);s.add(n),c.async_deriveds.set(t,n)}let u=(e,t=void 0)=>{l?.(),s.delete(n),t!==mt&&(c.activate(),t?(a.f|=ue,Jt(a,t)):(a.f&8388608&&(a.f^=ue),Jt(a,e)),c.deactivate())};n.promise.then(u,e=>u(null,e||`unknown`))}),bn(()=>{for(let e of s)e.reject(mt)}),new Promise(e=>{function t(n){function r(){n===i?e(a):t(i)}n.then(r,r)}t(i)})}function gt(e){let t=pt(e);return Un(t),t}function _t(e){let t=pt(e);return t.equals=Fe,t}function vt(e){var t=e.effects;if(t!==null){e.effects=null;for(var n=0;n<t.length;n+=1)z(t[n])}}function yt(e){var t,n=U,r=e.parent;if(!Bn&&r!==null&&e.v!==C&&r.f&24576)return we(),e.v;W(r);try{vt(e),t=Qn(e)}finally{W(n)}return t}function bt(e){var t=yt(e);!e.equals(t)&&(e.wv=Yn(),(!j?.is_fork||e.deps===null)&&(j===null?e.v=t:(j.capture(e,t,!0),wt?.capture(e,t,!0)),e.deps===null))?A(e,b):Bn||(M===null?rt(e):(yn()||j?.is_fork)&&M.set(e,t))}function xt(e){if(e.effects!==null)for(let t of e.effects)(t.teardown||t.ac)&&(t.teardown?.(),t.ac!==null&&st(()=>{t.ac.abort(be),t.ac=null}),t.fn!==null&&(t.teardown=h),tr(t,0),An(t))}function St(e){if(e.effects!==null)for(let t of e.effects)t.teardown&&t.fn!==null&&nr(t)}var Ct=null,j=null,wt=null,M=null,Tt=null,Et=!1,Dt=!1,Ot=null,kt=null,At=0,jt=1,Mt=class e{id=jt++;started=!1;linked=!0;prev=null;next=null;async_deriveds=new Map;current=new Map;previous=new Map;#e=new Set;#t=new Set;#n=0;#r=new Map;#i=null;#a=[];#o=[];#s=new Map;#c=new Map;#l=new Set;is_fork=!1;#u=!1;constructor(){Ct===null?Ct=this:(Ct.next=this,this.prev=Ct),Ct=this}#d(){if(this.is_fork)return!0;for(let e of this.#r.keys())if(!this.#f(e))return!0;return!1}#f(e){for(var t=e;t!==null;t=t.parent)if(this.#c.has(t))return!0;return!1}skip_effect(e){this.#c.has(e)||this.#c.set(e,{d:[],m:[]}),this.#l.delete(e)}unskip_effect(e,t=e=>this.schedule(e)){var n=this.#c.get(e);if(n){this.#c.delete(e);for(var r of n.d)A(r,x),t(r);for(r of n.m)A(r,S),t(r)}this.#l.add(e)}#p(){var e=[];for(let i of this.#a)if(!(i.f&16384||!(i.f&6144))){for(var t=i,n=!1;t.parent!==null;){t=t.parent;var r=t.f;if(r&96){if(!(r&1024)){n=!0;break}t.f^=b}}n||e.push(t)}return this.#a=[],e}#m(){this.started=!0;for(let[e,t]of this.#s)A(e,t),this.schedule(e);this.apply();for(var t=Ot=[],n=[],r=kt=[];this.#a.length>0;){At++>1e3&&(this.#b(),Pt());for(let e of this.#p())try{this.#h(e,t,n)}catch(t){throw zt(e),this.#d()||this.discard(),t}}if(j=null,r.length>0){var i=e.ensure();for(let e of r)i.schedule(e)}if(Ot=null,kt=null,this.#d()){this.#y(n),this.#y(t);for(let[e,t]of this.#c)Rt(e,t);r.length>0&&j.#m();return}let a=this.#g();if(a)this.#y(n),this.#y(t),a.#v(this);else{this.#s.clear();for(let e of this.#e)e(this);this.#e.clear(),wt=this,It(n),It(t),wt=null,this.#i?.resolve();var o=j;this.#n===0&&(this.#a.length===0||o!==null)&&this.#b(),o!==null&&(Vt.clear(),o.#m())}}#h(e,t,n){e.f^=b;for(var r=e.first;r!==null;){var i=r.f,a=!!(i&96);if(!(a&&i&1024||i&8192||this.#c.has(r))&&r.fn!==null){a?r.f^=b:i&4?t.push(r):Xn(r)&&(i&16&&this.add_dirty_reaction(r,S),nr(r));var o=r.first;if(o!==null){r=o;continue}}for(;r!==null;){var s=r.next;if(s!==null){r=s;break}r=r.parent}}}#g(){for(var e=this.prev;e!==null;e=e.prev)if(!e.is_fork&&this.#_(e))return e;return null}#_(e){for(let[t,[,n]]of this.current)if(!n&&e.current.has(t))return!0;return!1}#v(e){for(let[t,n]of e.current)!this.previous.has(t)&&e.previous.has(t)&&this.previous.set(t,e.previous.get(t)),this.current.set(t,n);for(let[t,n]of e.async_deriveds){let e=this.async_deriveds.get(t);e&&n.promise.then(e.resolve).catch(e.reject)}e.async_deriveds.clear(),this.transfer_reactions(e.#s);let t=e=>{var n=e.reactions;if(n!==null&&!(e.f&2&&!(e.f&6144)))for(let e of n){var r=e.f;if(r&2)t(e);else{var i=e;r&4194320&&!this.async_deriveds.has(i)&&(this.#s.delete(i),A(i,x),this.schedule(i))}}};for(let e of this.current.keys())t(e);this.oncommit(()=>e.discard()),e.#b(),j=this,this.#m()}#y(e){for(var t=0;t<e.length;t+=1)it(e[t],this.#s)}capture(e,t,n=!1){e.v!==C&&!this.previous.has(e)&&this.previous.set(e,e.v),e.f&8388608||(this.current.set(e,[t,n]),M?.set(e,t)),this.is_fork||(e.v=t)}activate(){j=this}deactivate(){j=null,M=null}flush(){try{Dt=!0,j=this,this.#m()}finally{At=0,Tt=null,Ot=null,kt=null,Dt=!1,j=null,M=null,Vt.clear()}}discard(){for(let e of this.#t)e(this);this.#t.clear();for(let e of this.async_deriveds.values())e.reject(mt);this.#b(),this.#i?.resolve()}register_created_effect(e){this.#o.push(e)}increment(e,t){if(this.#n+=1,e){let e=this.#r.get(t)??0;this.#r.set(t,e+1)}}decrement(e,t){if(--this.#n,e){let e=this.#r.get(t)??0;e===1?this.#r.delete(t):this.#r.set(t,e-1)}this.#u||(this.#u=!0,k(()=>{this.#u=!1,this.linked&&this.flush()}))}transfer_reactions(e){for(let[t,n]of e)this.add_dirty_reaction(t,n);e.clear()}add_dirty_reaction(e,t){(t===2048||this.#s.get(e)!==2048)&&this.#s.set(e,t)}oncommit(e){this.#e.add(e)}ondiscard(e){this.#t.add(e)}settled(){return(this.#i??=v()).promise}static ensure(){if(j===null){let t=j=new e;!Dt&&!Et&&k(()=>{t.started||t.flush()})}return j}apply(){M=null}schedule(e){Tt=e,e.b?.is_pending&&e.f&16777228&&!(e.f&32768)?e.b.defer_effect(e):this.#a.push(e)}#b(){if(this.linked){var e=this.prev,t=this.next;e===null||(e.next=t),t===null?Ct=e:t.prev=e,this.linked=!1}}};function Nt(e){var t=Et,n=wt;wt=null,Et=!0;try{var r;for(e&&(Nt(),r=e());;){if(tt(),j===null)return r;j.flush()}}finally{Et=t,wt=n}}function Pt(){try{He()}catch(e){hn(e,Tt)}}var Ft=null;function It(e){var t=e.length;if(t!==0){for(var n=0;n<t;){var r=e[n++];if(!(r.f&24576)&&Xn(r)&&(Ft=new Set,nr(r),r.deps===null&&r.first===null&&r.nodes===null&&r.teardown===null&&r.ac===null&&Nn(r),Ft?.size>0)){Vt.clear();for(let e of Ft){if(e.f&24576)continue;let t=[e],n=e.parent;for(;n!==null;)Ft.has(n)&&(Ft.delete(n),t.push(n)),n=n.parent;for(let e=t.length-1;e>=0;e--){let n=t[e];n.f&24576||nr(n)}}Ft.clear()}}Ft=null}}function Lt(e){j.schedule(e)}function Rt(e,t){if(!(e.f&32&&e.f&1024)){e.f&2048?t.d.push(e):e.f&4096&&t.m.push(e),A(e,b);for(var n=e.first;n!==null;)Rt(n,t),n=n.next}}function zt(e){A(e,b);for(var t=e.first;t!==null;)zt(t),t=t.next}var Bt=new Set,Vt=new Map,Ht=!1;function Ut(e,t){return{f:0,v:e,reactions:null,equals:Ne,rv:0,wv:0}}function Wt(e,t){let n=Ut(e,t);return Un(n),n}function Gt(e,t=!1,n=!0){let r=Ut(e);return t||(r.equals=Fe),r}function N(e,t,n=!1){return B!==null&&(!V||B.f&131072)&&Qe()&&B.f&4325394&&(Hn===null||!Hn.has(e))&&Ke(),Jt(e,n?P(t):t,kt)}var Kt=null,qt=0;function Jt(e,t,n=null){if(!e.equals(t)){Bn?Vt.set(e,t):Vt.has(e)||Vt.set(e,e.v);var r=Mt.ensure();if(r.capture(e,t),e.f&2){let t=e;e.f&2048&&yt(t),M===null&&rt(t)}e.wv=Yn(),Kt=null,qt=0,Zt(e,x,n),Kt=null,Qe()&&U!==null&&U.f&1024&&!(U.f&96)&&(q===null?Wn([e]):q.push(e)),!r.is_fork&&Bt.size>0&&!Ht&&Yt()}return t}function Yt(){Ht=!1;for(let e of Bt){e.f&1024&&A(e,S);let t;try{t=Xn(e)}catch{t=!0}t&&nr(e)}Bt.clear()}function Xt(e){N(e,e.v+1)}function Zt(e,t,n){var r=e.reactions;if(r!==null){var i=Qe(),a=r.length;if(qt+=a,qt>1e5&&Kt===null&&(Kt=new Set),Kt!==null){if(Kt.has(e))return;Kt.add(e)}for(var o=0;o<a;o++){var s=r[o],c=s.f;if(i||s!==U){var l=(c&x)===0;if(l&&A(s,t),c&131072)Bt.add(s);else if(c&2){var u=s;M?.delete(u),Zt(u,S,n)}else if(l){var d=s;c&16&&Ft!==null&&Ft.add(d),n===null?Lt(d):n.push(d)}}}}}function P(e){if(typeof e!=`object`||!e||de in e||fe in e)return e;let t=p(e);if(t!==d&&t!==f)return e;var n=new Map,r=i(e),a=Wt(0),o=null,s=qn,c=e=>{if(qn===s)return e();var t=B,n=qn;H(null),Jn(s);var r=e();return H(t),Jn(n),r};return r&&n.set(`length`,Wt(e.length,o)),new Proxy(e,{defineProperty(e,t,r){`value`in r&&r.configurable!==!1&&r.enumerable!==!1&&r.writable!==!1||We();var i=n.get(t);return i===void 0?c(()=>{var e=Wt(r.value,o);return n.set(t,e),e}):N(i,r.value,!0),!0},deleteProperty(e,t){var r=n.get(t);if(r===void 0){if(t in e){let e=c(()=>Wt(C,o));n.set(t,e),Xt(a)}}else N(r,C),Xt(a);return!0},get(t,r,i){if(r===de)return e;var a=n.get(r),s=r in t;if(a===void 0&&(!s||l(t,r)?.writable)&&(a=c(()=>Wt(P(s?t[r]:C),o)),n.set(r,a)),a!==void 0){var u=J(a);return u===C?void 0:u}return Reflect.get(t,r,i)},getOwnPropertyDescriptor(e,t){this.has?.(e,t);var r=Reflect.getOwnPropertyDescriptor(e,t),i=n.get(t);if(i!==void 0){var a=J(i);if(a===C)return;if(r&&`value`in r)r.value=a;else return{enumerable:!0,configurable:!0,value:a,writable:!0}}return r},has(e,t){if(t===de)return!0;var r=n.get(t),i=r!==void 0&&r.v!==C||Reflect.has(e,t);return(r!==void 0||(U!==null||B!==null)&&(!i||l(e,t)?.writable))&&(r===void 0&&(r=c(()=>Wt(i?P(e[t]):C,o)),n.set(t,r)),J(r)===C)?!1:i},set(e,t,i,s){var u=n.get(t),d=t in e;if(r&&t===`length`)for(var f=i;f<u.v;f+=1){var p=n.get(f+``);p===void 0?f in e&&(p=c(()=>Wt(C,o)),n.set(f+``,p)):N(p,C)}if(u===void 0)(!d||l(e,t)?.writable)&&(u=c(()=>Wt(void 0,o)),N(u,P(i)),n.set(t,u));else{d=u.v!==C;var m=c(()=>P(i));N(u,m)}var h=Reflect.getOwnPropertyDescriptor(e,t);if(h?.set&&h.set.call(s,i),!d){if(r&&typeof t==`string`){var g=n.get(`length`),_=Number(t);Number.isInteger(_)&&_>=g.v&&N(g,_+1)}Xt(a)}return!0},ownKeys(e){J(a);var t=Reflect.ownKeys(e).filter(e=>{var t=n.get(e);return t===void 0||t.v!==C});for(var[r,i]of n)i.v!==C&&!(r in e)&&t.push(r);return t},setPrototypeOf(){Ge()}})}function Qt(e){try{if(typeof e==`object`&&e&&de in e)return e[de]}catch{}return e}function $t(e,t){return Object.is(Qt(e),Qt(t))}var en,tn,nn,rn;function an(){if(en===void 0){en=window,tn=/Firefox/.test(navigator.userAgent);var e=Element.prototype,t=Node.prototype,n=Text.prototype;nn=l(t,`firstChild`).get,rn=l(t,`nextSibling`).get,m(e)&&(e[ge]=void 0,e[he]=null,e[_e]=void 0,e.__e=void 0),m(n)&&(n[ve]=void 0)}}function F(e=``){return document.createTextNode(e)}function on(e){return nn.call(e)}function sn(e){return rn.call(e)}function I(e,t){if(!w)return on(e);var n=on(T);if(n===null)n=T.appendChild(F());else if(t&&n.nodeType!==3){var r=F();return n?.before(r),E(r),r}return t&&pn(n),E(n),n}function cn(e,t=!1){if(!w){var n=on(e);return n instanceof Comment&&n.data===``?sn(n):n}if(t){if(T?.nodeType!==3){var r=F();return T?.before(r),E(r),r}pn(T)}return T}function ln(e,t=!1){if(!w)return on(e);var n=I(e,t);return D(e),n}function L(e,t=1,n=!1){let r=w?T:e;for(var i;t--;)i=r,r=sn(r);if(!w)return r;if(n){if(r?.nodeType!==3){var a=F();return r===null?i?.after(a):r.before(a),E(a),a}pn(r)}return E(r),r}function un(e){e.textContent=``}function dn(){return!1}function fn(e,t,n){return t==null||t===`http://www.w3.org/1999/xhtml`?n?document.createElement(e,{is:n}):document.createElement(e):n?document.createElementNS(t,e,{is:n}):document.createElementNS(t,e)}function pn(e){if(e.nodeValue.length<65536)return;let t=e.nextSibling;for(;t!==null&&t.nodeType===3;)t.remove(),e.nodeValue+=t.nodeValue,t=e.nextSibling}function mn(e){var t=U;if(t===null)return B.f|=ue,e;if(!(t.f&32768)&&!(t.f&4))throw e;hn(e,t)}function hn(e,t){if(e===Se)throw e;if(!(t!==null&&t.f&16384)){for(;t!==null;){if(t.f&128&&!(t.f&33570816)){if(!(t.f&32768))throw e;try{t.b.error(e);return}catch(t){e=t}}t=t.parent}throw e}}function gn(e){U===null&&(B===null&&Ve(e),Be()),Bn&&ze(e)}function _n(e,t){var n=t.last;n===null?t.last=t.first=e:(n.next=e,e.prev=n,t.last=e)}function vn(e,t){var n=U;n!==null&&n.f&8192&&(e|=ee);var r={ctx:O,deps:null,nodes:null,f:e|x|512,first:null,fn:t,last:null,next:null,parent:n,b:n&&n.b,prev:null,teardown:null,wv:0,ac:null};j?.register_created_effect(r);var i=r;if(e&4)Ot===null?Mt.ensure().schedule(r):Ot.push(r);else if(t!==null){try{nr(r)}catch(e){throw z(r),e}i.deps===null&&i.teardown===null&&i.nodes===null&&i.first===i.last&&!(i.f&524288)&&(i=i.first,e&16&&e&65536&&i!==null&&(i.f|=ie))}if(i!==null&&(i.parent=n,n!==null&&_n(i,n),B!==null&&B.f&2&&!(e&64))){var a=B;(a.effects??=[]).push(i)}return r}function yn(){return B!==null&&!V}function bn(e){let t=vn(8,null);return A(t,b),t.teardown=e,t}function xn(e){gn(`$effect`);var t=U.f;if(!B&&t&32&&O!==null&&!O.i){var n=O;(n.e??=[]).push(e)}else return Sn(e)}function Sn(e){return vn(4|oe,e)}function Cn(e){Mt.ensure();let t=vn(64|ae,e);return(e={})=>new Promise(n=>{e.outro?Pn(t,()=>{z(t),n(void 0)}):(z(t),n(void 0))})}function wn(e){return vn(4,e)}function Tn(e){return vn(le|ae,e)}function En(e,t=0){return vn(8|t,e)}function Dn(e,t=[],n=[],r=[]){lt(r,t,n,t=>{vn(8,()=>{e(...t.map(J))})})}function On(e,t=0){return vn(16|t,e)}function R(e){return vn(32|ae,e)}function kn(e){var t=e.teardown;if(t!==null){let n=Bn,r=B;Vn(!0),H(null);try{t.call(null)}catch(t){hn(t,e.parent)}finally{Vn(n),H(r)}}}function An(e,t=!1){var n=e.first;for(e.first=e.last=null;n!==null;){let e=n.ac;e!==null&&st(()=>{e.abort(be)});var r=n.next;n.f&64?n.parent=null:z(n,t),n=r}}function jn(e){for(var t=e.first;t!==null;){var n=t.next;t.f&32||z(t),t=n}}function z(e,t=!0){var n=!1;(t||e.f&262144)&&e.nodes!==null&&e.nodes.end!==null&&(Mn(e.nodes.start,e.nodes.end),n=!0),e.f|=re,An(e,t&&!n),tr(e,0);var r=e.nodes&&e.nodes.t;if(r!==null)for(let e of r)e.stop();kn(e),e.f^=re,e.f|=te;var i=e.parent;i!==null&&i.first!==null&&Nn(e),e.next=e.prev=e.teardown=e.ctx=e.deps=e.fn=e.nodes=e.ac=e.b=null}function Mn(e,t){for(;e!==null;){var n=e===t?null:sn(e);e.remove(),e=n}}function Nn(e){var t=e.parent,n=e.prev,r=e.next;n!==null&&(n.next=r),r!==null&&(r.prev=n),t!==null&&(t.first===e&&(t.first=r),t.last===e&&(t.last=n))}function Pn(e,t,n=!0){var r=[];e.f|=256,Fn(e,r,!0);var i=()=>{n&&z(e),t&&t()},a=r.length;if(a>0){var o=()=>--a||i();for(var s of r)s.out(o)}else i()}function Fn(e,t,n){if(!(e.f&8192)){e.f^=ee;var r=e.nodes&&e.nodes.t;if(r!==null)for(let e of r)(e.is_global||n)&&t.push(e);for(var i=e.first;i!==null;){var a=i.next;if(!(i.f&64)){var o=!!(i.f&65536)||!!(i.f&32)&&!!(e.f&16);Fn(i,t,o?n:!1)}i=a}}}function In(e){e.f&=-257,Ln(e,!0)}function Ln(e,t){if(!(e.f&256)&&e.f&8192){e.f^=ee,e.f&1024||(A(e,x),Mt.ensure().schedule(e));for(var n=e.first;n!==null;){var r=n.next,i=!!(n.f&65536)||!!(n.f&32);Ln(n,i?t:!1),n=r}var a=e.nodes&&e.nodes.t;if(a!==null)for(let e of a)(e.is_global||t)&&e.in()}}function Rn(e,t){if(e.nodes)for(var n=e.nodes.start,r=e.nodes.end;n!==null;){var i=n===r?null:sn(n);t.append(n),n=i}}var zn=null,Bn=!1;function Vn(e){Bn=e}var B=null,V=!1;function H(e){B=e}var U=null;function W(e){U=e}var Hn=null;function Un(e){B!==null&&(B.f&2097152||B.f&2)&&(Hn??=new Set).add(e)}var G=null,K=0,q=null;function Wn(e){q=e}var Gn=1,Kn=0,qn=Kn;function Jn(e){qn=e}function Yn(){return++Gn}function Xn(e){var t=e.f;if(t&2048)return!0;if(t&4096){for(var n=e.deps,r=n.length,i=0;i<r;i++){var a=n[i];if(Xn(a)&&bt(a),a.wv>e.wv)return!0}t&512&&M===null&&A(e,b)}return!1}function Zn(e,t,n=!0){var r=e.reactions;if(r!==null&&!(Hn!==null&&Hn.has(e)))for(var i=0;i<r.length;i++){var a=r[i];a.f&2?Zn(a,t,!1):t===a&&(n?A(a,x):a.f&1024&&A(a,S),Lt(a))}}function Qn(e){var t=G,n=K,r=q,i=B,a=Hn,o=O,s=V,c=qn,l=e.f;G=null,K=0,q=null,B=l&96?null:e,Hn=null,Je(e.ctx),V=!1,qn=++Kn,e.ac!==null&&(st(()=>{e.ac.abort(be)}),e.ac=null);try{e.f|=ce;var u=(0,e.fn)();e.f|=ne;var d=$n(e);if(Qe()&&q!==null&&!V&&d!==null&&!(e.f&6146))for(var f=0;f<q.length;f++)Zn(q[f],e);if(i!==null&&i!==e){if(Kn++,i.deps!==null)for(let e=0;e<n;e+=1)i.deps[e].rv=Kn;if(t!==null)for(let e of t)e.rv=Kn;q!==null&&(r===null?r=q:r.push(...q))}return e.f&8388608&&(e.f^=ue),u}catch(t){return $n(e),mn(t)}finally{e.f^=ce,G=t,K=n,q=r,B=i,Hn=a,Je(o),V=s,qn=c}}function $n(e){var t=e.deps,n=j?.is_fork;if(G!==null){var r;if(n||tr(e,K),t!==null&&K>0)for(t.length=K+G.length,r=0;r<G.length;r++)t[K+r]=G[r];else e.deps=t=G;if(yn()&&e.f&512)for(r=K;r<t.length;r++)(t[r].reactions??=[]).push(e)}else!n&&t!==null&&K<t.length&&(tr(e,K),t.length=K);return t}function er(e,t){let n=t.reactions;if(n!==null){var r=a.call(n,e);if(r!==-1){var i=n.length-1;i===0?n=t.reactions=null:(n[r]=n[i],n.pop())}}if(n===null&&t.f&2&&(G===null||!o.call(G,t))){var s=t;s.f&512&&(s.f^=512),s.v!==C&&rt(s),s.ac!==null&&st(()=>{s.ac.abort(be),s.ac=null,A(s,x)}),xt(s),tr(s,0)}}function tr(e,t){var n=e.deps;if(n!==null)for(var r=t;r<n.length;r++)er(e,n[r])}function nr(e){var t=e.f;if(!(t&16384)){A(e,b);var n=U;U=e;try{t&16777232?jn(e):An(e),kn(e);var r=Qn(e);e.teardown=typeof r==`function`?r:null,e.wv=Gn}finally{U=n}}}async function rr(){await Promise.resolve(),Nt()}function J(e){var t=!!(e.f&2);if(zn?.add(e),B!==null&&!V&&!(U!==null&&U.f&16384)&&(Hn===null||!Hn.has(e))){var n=B.deps;if(B.f&2097152)e.rv<Kn&&(e.rv=Kn,G===null&&n!==null&&n[K]===e?K++:G===null?G=[e]:G.push(e));else{B.deps??=[],o.call(B.deps,e)||B.deps.push(e);var r=e.reactions;r===null?e.reactions=[B]:o.call(r,B)||r.push(B)}}if(Bn&&Vt.has(e))return Vt.get(e);if(t){var i=e;if(Bn){var a=i.v;return(!(i.f&1024)&&i.reactions!==null||ar(i))&&(a=yt(i)),Vt.set(i,a),a}var s=!(i.f&512)&&!V&&B!==null&&!!(B.f&512),c=(i.f&ne)===0;Xn(i)&&(s&&(i.f|=512),bt(i)),s&&!c&&(St(i),ir(i))}if(M?.has(e))return M.get(e);if(e.f&8388608)throw e.v;return e.v}function ir(e){if(e.f|=512,e.deps!==null)for(let n of e.deps){var t=n.reactions;t===null?n.reactions=[e]:o.call(t,e)||t.push(e),n.f&2&&!(n.f&512)&&(St(n),ir(n))}}function ar(e){if(e.v===C)return!0;if(e.deps===null)return!1;for(let t of e.deps)if(Vt.has(t)||t.f&2&&ar(t))return!0;return!1}function or(e){var t=V;try{return V=!0,e()}finally{V=t}}[...`allowfullscreen.async.autofocus.autoplay.checked.controls.default.disabled.formnovalidate.indeterminate.inert.ismap.loop.multiple.muted.nomodule.novalidate.open.playsinline.readonly.required.reversed.seamless.selected.webkitdirectory.defer.disablepictureinpicture.disableremoteplayback`.split(`.`)];var sr=[`touchstart`,`touchmove`];function cr(e){return sr.includes(e)}var lr=Symbol(`events`),ur=new Set,dr=new Set;function fr(e,t,n,r={}){function i(e){if(r.capture||vr.call(t,e),!e.cancelBubble)return st(()=>n?.call(this,e))}return e.startsWith(`pointer`)||e.startsWith(`touch`)||e===`wheel`?(i.__removed=!1,k(()=>{i.__removed||t.addEventListener(e,i,r)})):t.addEventListener(e,i,r),i}function pr(e,t,n,r,i){var a={capture:r,passive:i},o=fr(e,t,n,a);(t===document.body||t===window||t===document||t instanceof HTMLMediaElement)&&bn(()=>{o.__removed=!0,t.removeEventListener(e,o,a)})}function mr(e,t,n){(t[lr]??={})[e]=n}function hr(e){for(var t=0;t<e.length;t++)ur.add(e[t]);for(var n of dr)n(e)}var gr=null,_r=!1;function vr(e){var t=this,n=t.ownerDocument,r=e.type,i=e.composedPath?.()||[],a=i[0]||e.target;gr=e,_r||(_r=!0,setTimeout(()=>{_r=!1,gr=null}));var o=0,s=gr===e&&e[lr];if(s){var l=i.indexOf(s);if(l!==-1&&(t===document||t===window)){e[lr]=t;return}var u=i.indexOf(t);if(u===-1)return;l<=u&&(o=l)}if(a=i[o]||e.target,a!==t){c(e,`currentTarget`,{configurable:!0,get(){return a||n}});var d=B,f=U;H(null),W(null);try{for(var p,m=[];a!==null&&a!==t;){try{var h=a[lr]?.[r];h==null||a.disabled&&e.target!==a||h.call(a,e)}catch(e){p?m.push(e):p=e}if(e.cancelBubble)break;o++,a=o<i.length?i[o]:null}if(p){for(let e of m)queueMicrotask(()=>{throw e});throw p}}finally{e[lr]=t,delete e.currentTarget,H(d),W(f)}}}var yr=globalThis?.window?.trustedTypes&&globalThis.window.trustedTypes.createPolicy(`svelte-trusted-html`,{createHTML:e=>e});function br(e){return yr?.createHTML(e)??e}function xr(e){var t=fn(`template`);return t.innerHTML=br(e.replaceAll(`<!>`,`<!---->`)),t.content}function Sr(e,t){var n=U;n.nodes===null&&(n.nodes={start:e,end:t,a:null,t:null})}function Cr(e,t){var n=!!(t&1),r=!!(t&2),i,a=!e.startsWith(`<!>`);return()=>{if(w)return Sr(T,null),T;i===void 0&&(i=xr(a?e:`<!>`+e),n||(i=on(i)));var t=r||tn?document.importNode(i,!0):i.cloneNode(!0);return n?Sr(on(t),t.lastChild):Sr(t,t),t}}function wr(e=``){if(!w){var t=F(e+``);return Sr(t,t),t}var n=T;return n.nodeType===3?pn(n):(n.before(n=F()),E(n)),Sr(n,n),n}function Tr(){if(w)return Sr(T,null),T;var e=document.createDocumentFragment(),t=document.createComment(``),n=F();return e.append(t,n),Sr(t,n),e}function Y(e,t){if(w){var n=U;n.f&32768&&n.nodes.end!==null||(n.nodes.end=T),ke()}else e!==null&&e.before(t)}function Er(e){let t=0,n=Ut(0),r;return()=>{yn()&&(J(n),En(()=>(t===0&&(r=or(()=>e(()=>Xt(n)))),t+=1,()=>{k(()=>{--t,t===0&&(r?.(),r=void 0,Xt(n))})})))}}var Dr=ie|ae;function Or(e,t,n,r){new kr(e,t,n,r)}var kr=class{parent;is_pending=!1;transform_error;#e;#t=w?T:null;#n;#r;#i;#a=null;#o=null;#s=null;#c=null;#l=0;#u=0;#d=!1;#f=new Map;#p=null;#m=Er(()=>(this.#p=Ut(this.#l),()=>{this.#p=null}));constructor(e,t,n,r){this.#e=e,this.#n=t,this.#r=e=>{var t=U;t.b=this,t.f|=128,n(e)},this.parent=U.b,this.transform_error=r??this.parent?.transform_error??(e=>e),this.#i=On(()=>{if(w){let e=Me(this.#t);ke();let t=e===`[!`;if(e.startsWith(`[?`)){let t=JSON.parse(e.slice(2));this.#g(t)}else t?this.#y():this.#h()}else this.#b()},Dr),w&&(this.#e=T)}#h(){try{this.#a=R(()=>this.#r(this.#e))}catch(e){this.error(e)}}#g(e){let t=this.#n.failed,{reset:n,invoke_onerror:r}=this.#_(e);k(r),t&&(this.#s=R(()=>{t(this.#e,()=>e,()=>n)}))}#_(e){var t=!1,n=!1;let r=()=>{this.#v()||(t?De():(t=!0,n&&qe(),this.#s!==null&&Pn(this.#s,()=>{this.#s=null}),this.#S(()=>{this.#b()})))};return{reset:r,invoke_onerror:()=>{if(!this.#v())try{n=!0,this.#n.onerror?.(e,r),n=!1}catch(e){hn(e,this.#i&&this.#i.parent)}}}}#v(){return(this.#i.f&(te|re))!==0}#y(){let e=this.#n.pending;e&&(this.is_pending=!0,this.#o=R(()=>e(this.#e)),k(()=>{if(!this.#v()){var e=this.#c=document.createDocumentFragment(),t=F(),n=!1;e.append(t),this.#a=this.#S(()=>{try{return R(()=>this.#r(t))}catch(e){try{this.error(e),n=!0}catch(e){hn(e,this.#i.parent)}return null}}),this.#a===null?(this.#c=null,n&&this.#x(j)):this.#u===0&&(this.#e.before(e),this.#c=null,Pn(this.#o,()=>{this.#o=null}),this.#x(j))}}))}#b(){try{if(this.is_pending=this.has_pending_snippet(),this.#u=0,this.#l=0,this.#a=R(()=>{this.#r(this.#e)}),this.#u>0){var e=this.#c=document.createDocumentFragment();Rn(this.#a,e);let t=this.#n.pending;this.#o=R(()=>t(this.#e))}else this.#x(j)}catch(e){this.error(e)}}#x(e){this.is_pending=!1,e.transfer_reactions(this.#f)}defer_effect(e){it(e,this.#f)}is_rendered(){return!this.is_pending&&(!this.parent||this.parent.is_rendered())}has_pending_snippet(){return!!this.#n.pending}#S(e){var t=U,n=B,r=O;W(this.#i),H(this.#i),Je(this.#i.ctx);try{return Mt.ensure(),e()}finally{W(t),H(n),Je(r)}}#C(e,t){this.has_pending_snippet()?(this.#u+=e,this.#u===0&&(this.#x(t),this.#o&&Pn(this.#o,()=>{this.#o=null}),this.#c&&=(this.#e.before(this.#c),null))):this.parent&&this.parent.#C(e,t)}update_pending_count(e,t){this.#C(e,t),this.#l+=e,!this.#p||this.#d||(this.#d=!0,k(()=>{this.#d=!1,this.#p&&Jt(this.#p,this.#l)}))}get_effect_pending(){return this.#m(),J(this.#p)}error(e){if(e===Se||!this.#n.onerror&&!this.#n.failed)throw e;j?.is_fork?(this.#a&&j.skip_effect(this.#a),this.#o&&j.skip_effect(this.#o),this.#s&&j.skip_effect(this.#s),j.oncommit(()=>{this.#v()||this.#w(e)})):this.#w(e)}#w(e){this.#a&&=(z(this.#a),null),this.#o&&=(z(this.#o),null),this.#s&&=(z(this.#s),null),w&&(E(this.#t),Ae(),E(je()));let t=this.#n.failed,n=e=>{if(this.#v())return;let{reset:n,invoke_onerror:r}=this.#_(e);r(),t&&!this.#v()&&(this.#s=this.#S(()=>{try{return R(()=>{var r=U;r.b=this,r.f|=128,t(this.#e,()=>e,()=>n)})}catch(e){return hn(e,this.#i.parent),null}}))};k(()=>{if(!this.#v()){var t;try{t=this.transform_error(e)}catch(e){hn(e,this.#i&&this.#i.parent);return}typeof t==`object`&&t&&typeof t.then==`function`?t.then(n,e=>hn(e,this.#i&&this.#i.parent)):n(t)}})}};function Ar(e,t){var n=t==null?``:typeof t==`object`?`${t}`:t;n!==(e[ve]??=e.nodeValue)&&(e[ve]=n,e.nodeValue=`${n}`)}function jr(e,t){return Nr(e,t)}var Mr=new Map;function Nr(e,{target:t,anchor:n,props:r={},events:i,context:a,intro:o=!0,transformError:c}){an();var l=void 0,u=Cn(()=>{var o=n??t.appendChild(F());Or(o,{pending:()=>{}},t=>{Ye({});var n=O;if(a&&(n.c=a),i&&(r.$$events=i),w&&Sr(t,null),l=e(t,r)||Ze(),w&&(U.nodes.end=T,T===null||T.nodeType!==8||T.data!==`]`))throw Te(),Se;Xe()},c);var u=new Set,d=e=>{for(var n=0;n<e.length;n++){var r=e[n];if(!u.has(r)){u.add(r);var i=cr(r);for(let e of[t,document]){var a=Mr.get(e);a===void 0&&(a=new Map,Mr.set(e,a));var o=a.get(r);o===void 0?(e.addEventListener(r,vr,{passive:i}),a.set(r,1)):a.set(r,o+1)}}}};return d(s(ur)),dr.add(d),()=>{for(var e of u)for(let n of[t,document]){var r=Mr.get(n),i=r.get(e);--i==0?(n.removeEventListener(e,vr),r.delete(e),r.size===0&&Mr.delete(n)):r.set(e,i)}dr.delete(d),o!==n&&o.parentNode?.removeChild(o)}});return Pr.set(l,u),l}var Pr=new WeakMap,Fr=class{anchor;#e=new Map;#t=new Map;#n=new Map;#r=new Set;#i=!0;constructor(e,t=!0){this.anchor=e,this.#i=t}#a=e=>{if(this.#e.has(e)){var t=this.#e.get(e),n=this.#t.get(t);if(n)In(n),this.#r.delete(t);else{var r=this.#n.get(t);r&&(In(r.effect),this.#t.set(t,r.effect),this.#n.delete(t),r.fragment.lastChild.remove(),this.anchor.before(r.fragment),n=r.effect)}for(let[t,n]of this.#e){if(this.#e.delete(t),t===e)break;let r=this.#n.get(n);r&&(z(r.effect),this.#n.delete(n))}for(let[e,r]of this.#t){if(e===t||this.#r.has(e))continue;let i=()=>{if(Array.from(this.#e.values()).includes(e)){var t=document.createDocumentFragment();Rn(r,t),t.append(F()),this.#n.set(e,{effect:r,fragment:t})}else z(r);this.#r.delete(e),this.#t.delete(e)};this.#i||!n?(this.#r.add(e),Pn(r,i,!1)):i()}}};#o=e=>{this.#e.delete(e);let t=Array.from(this.#e.values());for(let[e,n]of this.#n)t.includes(e)||(z(n.effect),this.#n.delete(e))};ensure(e,t){var n=j,r=dn();if(t&&!this.#t.has(e)&&!this.#n.has(e)){if(r){var i=document.createDocumentFragment(),a=F();i.append(a),this.#n.set(e,{effect:R(()=>t(a)),fragment:i})}else this.#t.set(e,R(()=>t(this.anchor)))}if(this.#e.set(n,e),r){for(let[t,r]of this.#t)t===e?n.unskip_effect(r):n.skip_effect(r);for(let[t,r]of this.#n)t===e?n.unskip_effect(r.effect):n.skip_effect(r.effect);n.oncommit(this.#a),n.ondiscard(this.#o)}else w&&(this.anchor=T),this.#a(n)}},Ir=0,Lr=1,Rr=2;function zr(e,t,n,r,i){w&&ke();var a=Qe(),o=C,s=a?Ut(o):Gt(o,!1,!1),c=a?Ut(o):Gt(o,!1,!1),l=new Fr(e);On(()=>{var a=j,o=t(),u=!1;let d=w&&g(o)===(e.data===`[!`);if(d&&(E(je()),Oe(!1)),g(o)){var f=ut(),p=!1;let e=e=>{if(!u){p=!0,f(!1),j===a&&a.deactivate(),Mt.ensure();try{e()}finally{dt(!1),Et||Nt()}}};o.then(t=>{e(()=>{Jt(s,t),l.ensure(Lr,r&&(e=>r(e,s)))})},t=>{e(()=>{if(Jt(c,t),l.ensure(Rr,i&&(e=>i(e,c))),!i)throw c.v})}),w?l.ensure(Ir,n):k(()=>{p||e(()=>{l.ensure(Ir,n)})})}else Jt(s,o),l.ensure(Lr,r&&(e=>r(e,s)));return d&&Oe(!0),()=>{u=!0}})}function Br(e,t,n=!1){var r;w&&(r=T,ke());var i=new Fr(e),a=n?ie:0;function o(e,t){if(w){var n=Me(r);if(e!==parseInt(n.substring(1))){var a=je();E(a),i.anchor=a,Oe(!1),i.ensure(e,t),Oe(!0);return}}i.ensure(e,t)}On(()=>{var e=!1;t((t,n=0)=>{e=!0,o(n,t)}),e||o(-1,null)},a)}function Vr(e,t){return t}function Hr(e,t,n){for(var r=[],i=t.length,a,o=t.length,c=0;c<i;c++){let n=t[c];Pn(n,()=>{if(a){if(a.pending.delete(n),a.done.add(n),a.pending.size===0){var t=e.outrogroups;Ur(e,s(a.done)),t.delete(a),t.size===0&&(e.outrogroups=null)}}else--o},!1)}if(o===0){var l=r.length===0&&n!==null&&e.pending.size===0;if(l){var u=n,d=u.parentNode;un(d),d.append(u),e.items.clear()}Ur(e,t,!l)}else a={pending:new Set(t),done:new Set},(e.outrogroups??=new Set).add(a)}function Ur(e,t,n=!0){var r;if(e.pending.size>0){r=new Set;for(let t of e.pending.values())for(let n of t)r.add(e.items.get(n).e)}for(var i=0;i<t.length;i++){var a=t[i];r?.has(a)?(a.f|=se,Rn(a,document.createDocumentFragment())):z(t[i],n)}}var Wr;function Gr(e,t,n,r,a,o=null){var c=e,l=new Map;if(t&4){var u=e;c=w?E(on(u)):u.appendChild(F())}w&&ke();var d=null,f=_t(()=>{var e=n();return i(e)?e:e==null?[]:s(e)}),p=new Map,m=!0;function h(e){if(!(_.effect.f&16384)){_.pending.delete(e);var n=J(f);_.fallback=d,qr(_,n,c,t,r),d!==null&&(n.length===0?d.f&33554432?(d.f^=se,Yr(d,null,c)):In(d):Pn(d,()=>{d=null}))}}function g(e){_.pending.delete(e)}var _={effect:On(()=>{var e=J(f),i=e.length;let s=!1;w&&Me(c)===`[!`!=(i===0)&&(c=je(),E(c),Oe(!1),s=!0);for(var u=new Set,_=j,v=dn(),y=0;y<i;y+=1){w&&T.nodeType===8&&T.data===`]`&&(c=T,s=!0,Oe(!1));var b=e[y],x=r(b,y),S=m?null:l.get(x);S?(S.v&&Jt(S.v,b),S.i&&Jt(S.i,y),v&&_.unskip_effect(S.e)):(S=Jr(l,m?c:Wr??=F(),b,x,y,a,t,n),m||(S.e.f|=se),l.set(x,S)),u.add(x)}if(i===0&&o&&!d&&(m?d=R(()=>o(c)):(d=R(()=>o(Wr??=F())),d.f|=se)),i>u.size&&Re(``,``,``),w&&i>0&&E(je()),!m){if(p.set(_,u),v){for(let[e,t]of l)u.has(e)||_.skip_effect(t.e);_.oncommit(h),_.ondiscard(g)}else h(_)}s&&Oe(!0),J(f)}),flags:t,items:l,pending:p,outrogroups:null,fallback:d};m=!1,w&&(c=T)}function Kr(e){for(;e!==null&&!(e.f&32);)e=e.next;return e}function qr(e,t,n,r,i){var a=!!(r&8),o=t.length,c=e.items,l=Kr(e.effect.first),u,d=null,f,p=[],m=[],h,g,_,v;if(a)for(v=0;v<o;v+=1)h=t[v],g=i(h,v),_=c.get(g).e,_.f&33554432||(_.nodes?.a?.measure(),(f??=new Set).add(_));for(v=0;v<o;v+=1){if(h=t[v],g=i(h,v),_=c.get(g).e,e.outrogroups!==null)for(let t of e.outrogroups)t.pending.delete(_),t.done.delete(_);if(_.f&8192&&(In(_),a&&(_.nodes?.a?.unfix(),(f??=new Set).delete(_))),_.f&33554432){if(_.f^=se,_===l)Yr(_,null,n);else{var y=d?d.next:l;_===e.effect.last&&(e.effect.last=_.prev),_.prev&&(_.prev.next=_.next),_.next&&(_.next.prev=_.prev),Xr(e,d,_),Xr(e,_,y),Yr(_,y,n),d=_,p=[],m=[],l=Kr(d.next);continue}}if(_!==l){if(u!==void 0&&u.has(_)){if(p.length<m.length){var b=m[0],x;d=b.prev;var S=p[0],ee=p[p.length-1];for(x=0;x<p.length;x+=1)Yr(p[x],b,n);for(x=0;x<m.length;x+=1)u.delete(m[x]);Xr(e,S.prev,ee.next),Xr(e,d,S),Xr(e,ee,b),l=b,d=ee,--v,p=[],m=[]}else u.delete(_),Yr(_,l,n),Xr(e,_.prev,_.next),Xr(e,_,d===null?e.effect.first:d.next),Xr(e,d,_),d=_;continue}for(p=[],m=[];l!==null&&l!==_;)(u??=new Set).add(l),m.push(l),l=Kr(l.next);if(l===null)continue}_.f&33554432||p.push(_),d=_,l=Kr(_.next)}if(e.outrogroups!==null){for(let t of e.outrogroups)t.pending.size===0&&(Ur(e,s(t.done)),e.outrogroups?.delete(t));e.outrogroups.size===0&&(e.outrogroups=null)}if(l!==null||u!==void 0){var te=[];if(u!==void 0)for(_ of u)_.f&8192||te.push(_);for(;l!==null;)!(l.f&8192)&&l!==e.fallback&&te.push(l),l=Kr(l.next);var ne=te.length;if(ne>0){var re=r&4&&o===0?n:null;if(a){for(v=0;v<ne;v+=1)te[v].nodes?.a?.measure();for(v=0;v<ne;v+=1)te[v].nodes?.a?.fix()}Hr(e,te,re)}}a&&k(()=>{if(f!==void 0)for(_ of f)_.nodes?.a?.apply()})}function Jr(e,t,n,r,i,a,o,s){var c=o&1?o&16?Ut(n):Gt(n,!1,!1):null,l=o&2?Ut(i):null;return{v:c,i:l,e:R(()=>(a(t,c??n,l??i,s),()=>{e.delete(r)}))}}function Yr(e,t,n){if(e.nodes)for(var r=e.nodes.start,i=e.nodes.end,a=t&&!(t.f&33554432)?t.nodes.start:n;r!==null;){var o=sn(r);if(a.before(r),r===i)return;r=o}}function Xr(e,t,n){t===null?e.effect.first=n:t.next=n,n===null?e.effect.last=t:n.prev=t}function Zr(e,t,...n){var r=new Fr(e);On(()=>{let e=t()??null;r.ensure(e,e&&(t=>e(t,...n)))},ie)}function Qr(e,t,n){var r;w&&(r=T,ke());var i=new Fr(e);On(()=>{var e=t()??null;if(w&&Me(r)===`[`!=(e!==null)){var a=je();E(a),i.anchor=a,Oe(!1),i.ensure(e,e&&(t=>n(t,e))),Oe(!0)}else i.ensure(e,e&&(t=>n(t,e)))},ie)}var $r=[...` 	
\r\f\xA0\v﻿`];function ei(e,t,n){var r=e==null?``:``+e;if(t&&(r=r?r+` `+t:t),n){for(var i of Object.keys(n))if(n[i])r=r?r+` `+i:i;else if(r.length)for(var a=i.length,o=0;(o=r.indexOf(i,o))>=0;){var s=o+a;(o===0||$r.includes(r[o-1]))&&(s===r.length||$r.includes(r[s]))?r=(o===0?``:r.substring(0,o))+r.substring(s+1):o=s}}return r===``?null:r}function ti(e,t=!1){var n=t?` !important;`:`;`,r=``;for(var i of Object.keys(e)){var a=e[i];a!=null&&a!==``&&(r+=` `+i+`: `+a+n)}return r}function ni(e){return e[0]!==`-`||e[1]!==`-`?e.toLowerCase():e}function ri(e,t){if(t){var n=``,r,i;if(Array.isArray(t)?(r=t[0],i=t[1]):r=t,e){e=String(e).replaceAll(/\/\*.*?\*\//g,``).trim();var a=!1,o=0,s=!1,c=[];r&&c.push(...Object.keys(r).map(ni)),i&&c.push(...Object.keys(i).map(ni));var l=0,u=-1;let t=e.length;for(var d=0;d<t;d++){var f=e[d];if(s?f===`/`&&e[d-1]===`*`&&(s=!1):a?a===f&&(a=!1):f===`/`&&e[d+1]===`*`?s=!0:f===`"`||f===`'`?a=f:f===`(`?o++:f===`)`&&o--,!s&&a===!1&&o===0){if(f===`:`&&u===-1)u=d;else if(f===`;`||d===t-1){if(u!==-1){var p=ni(e.substring(l,u).trim());if(!c.includes(p)){f!==`;`&&d++;var m=e.substring(l,d).trim();n+=` `+m+`;`}}l=d+1,u=-1}}}}return r&&(n+=ti(r)),i&&(n+=ti(i,!0)),n=n.trim(),n===``?null:n}return e==null?null:String(e)}function ii(e,t,n,r,i,a){var o=e[ge];if(w||o!==n||o===void 0){var s=ei(n,r,a);w&&s===e.getAttribute(`class`)||(s==null?e.removeAttribute(`class`):t?e.className=s:e.setAttribute(`class`,s)),e[ge]=n}else if(a&&i!==a)for(var c in a){var l=!!a[c];(i==null||l!==!!i[c])&&e.classList.toggle(c,l)}return a}function ai(e,t={},n,r){for(var i in n){var a=n[i];t[i]!==a&&(n[i]==null?e.style.removeProperty(i):e.style.setProperty(i,a,r))}}function oi(e,t,n,r){var i=e[_e];if(w||i!==t){var a=ri(t,r);w&&a===e.getAttribute(`style`)||(a==null?e.removeAttribute(`style`):e.style.cssText=a),e[_e]=t}else r&&(Array.isArray(r)?(ai(e,n?.[0],r[0]),ai(e,n?.[1],r[1],`important`)):ai(e,n,r));return r}function si(e,t){t?e.hasAttribute(`selected`)||e.setAttribute(`selected`,``):e.removeAttribute(`selected`)}function ci(e,t){var n=e.__defaultValue,r=e.multiple,a=r?n??[]:null;if(!r||i(a)){var o=e.selectedIndex,s=t&&r?new Set(e.selectedOptions):null;for(var c of e.options){var l=fi(c);si(c,r?a.includes(l):$t(l,n))}if(t){if(s!==null)for(c of e.options){var u=s.has(c);c.selected!==u&&(c.selected=u)}else e.selectedIndex!==o&&(e.selectedIndex=o)}}}function li(e,t,n=!1){if(e.multiple){if(t==null)return;if(!i(t))return Ee();for(var r of e.options)r.selected=t.includes(fi(r))}else{for(r of e.options)if($t(fi(r),t)){r.selected=!0;return}n&&t===void 0||(e.selectedIndex=-1)}}function ui(e){var t=new MutationObserver(t=>{t.every(pi)||(`__defaultValue`in e&&ci(e,!1),`__value`in e&&li(e,e.__value))});t.observe(e,{childList:!0,subtree:!0,attributes:!0,attributeFilter:[`value`]}),bn(()=>{t.disconnect()})}function di(e,t,n=t){var r=new WeakSet,i=!0;ct(e,`change`,t=>{var i=t?`[selected]`:`:checked`,a;if(e.multiple)a=[].map.call(e.querySelectorAll(i),fi);else{var o=e.querySelector(i)??e.querySelector(`option:not([disabled])`);a=o&&fi(o)}n(a),e.__value=a,j!==null&&r.add(j)}),wn(()=>{var a=t();if(e===document.activeElement){var o=j;if(r.has(o))return}if(li(e,a,i),i&&a===void 0){var s=e.querySelector(`:checked`);s!==null&&(a=fi(s),n(a))}e.__value=a,i=!1})}function fi(e){return`__value`in e?e.__value:e.value}function pi(e){if(e.target.closest(`selectedcontent`)!==null)return!0;if(e.type===`childList`){var t=[...e.addedNodes,...e.removedNodes];return t.length>0&&t.every(e=>e.nodeName===`SELECTEDCONTENT`)}return!1}var mi=Symbol(`is custom element`),hi=Symbol(`is html`),gi=xe?`link`:`LINK`,_i=xe?`progress`:`PROGRESS`;function vi(e){if(w){var t=!1,n=()=>{if(!t){if(t=!0,e.hasAttribute(`value`)){var n=e.value;xi(e,`value`,null),e.value=n}if(e.hasAttribute(`checked`)){var r=e.checked;xi(e,`checked`,null),e.checked=r}}};e[ye]=n,k(n),ot()}}function yi(e,t){var n=Si(e);n.value!==(n.value=t??void 0)&&(e.value!==t||t===0&&e.nodeName===_i)&&(e.value=t??``)}function bi(e,t){var n=Si(e);n.checked!==(n.checked=t??void 0)&&(e.checked=t)}function xi(e,t,n,r){var i=Si(e);if(!(w&&(i[t]=e.getAttribute(t),t===`src`||t===`srcset`||t===`href`&&e.nodeName===gi))){var a=i[t];a!==(i[t]=n)&&(t===`loading`&&(e[me]=n),n==null?e.removeAttribute(t):typeof n!=`string`&&wi(e).has(t)?e[t]=n:(!w||typeof n!=`number`&&typeof n!=`boolean`||a!==String(n))&&e.setAttribute(t,n))}}function Si(e){return e[he]??={[mi]:e.nodeName.includes(`-`),[hi]:e.namespaceURI===Ce}}var Ci=new Map;function wi(e){var t=e.getAttribute(`is`)||e.nodeName,n=Ci.get(t);if(n)return n;Ci.set(t,n=new Set);for(var r,i=e,a=Element.prototype;a!==i;){for(var o in r=u(i),r)r[o].set&&o!==`innerHTML`&&o!==`textContent`&&o!==`innerText`&&n.add(o);i=p(i)}return n}function Ti(e,t,n=t){var r=new WeakSet;ct(e,`input`,async i=>{var a=i?e.defaultValue:e.value;if(a=ki(e)?Ai(a):a,n(a),j!==null&&r.add(j),await rr(),a!==(a=t())){var o=e.selectionStart,s=e.selectionEnd,c=e.value.length;if(e.value=a??``,s!==null){var l=e.value.length;o===s&&s===c&&l>c?(e.selectionStart=l,e.selectionEnd=l):(e.selectionStart=o,e.selectionEnd=Math.min(s,l))}}}),(w&&e.defaultValue!==e.value||or(t)==null&&e.value)&&(n(ki(e)?Ai(e.value):e.value),j!==null&&r.add(j)),En(()=>{var n=t();if(e===document.activeElement){var i=j;if(r.has(i))return}ki(e)&&n===Ai(e.value)||(e.type!==`date`||n||e.value)&&n!==e.value&&(e.value=n??``)})}var Ei=new Set;function Di(e,t,n,r,i=r){var a=n.getAttribute(`type`)===`checkbox`,o=e;let s=!1;if(t!==null)for(var c of t)o=o[c]??=[];o.push(n),ct(n,`change`,()=>{var e=n.__value;a&&(e=Oi(o,e,n.checked)),i(e)},()=>i(a?[]:null)),En(()=>{var e=r();w&&n.defaultChecked!==n.checked?s=!0:a?(e||=[],n.checked=e.includes(n.__value)):n.checked=$t(n.__value,e)}),bn(()=>{var e=o.indexOf(n);e!==-1&&o.splice(e,1)}),Ei.has(o)||(Ei.add(o),k(()=>{o.sort((e,t)=>e.compareDocumentPosition(t)===4?-1:1),Ei.delete(o)})),k(()=>{if(s){var e=a?Oi(o,e,n.checked):o.find(e=>e.checked)?.__value;i(e)}})}function Oi(e,t,n){for(var r=new Set,i=0;i<e.length;i+=1)e[i].checked&&r.add(e[i].__value);return n||r.delete(t),Array.from(r)}function ki(e){var t=e.type;return t===`number`||t===`range`}function Ai(e){return e===``?null:+e}function ji(e,t){return e===t||e?.[de]===t}function Mi(e=Ze(),t,n,r){var i=O.r,a=U;return wn(()=>{var o,s;return En(()=>{o=s,s=r?.()||[],or(()=>{ji(n(...s),e)||(t(e,...s),o&&ji(n(...o),e)&&t(null,...o))})}),()=>{let r=a;for(;r!==i&&r.parent!==null&&r.parent.f&33554432;)r=r.parent;let o=()=>{s&&ji(n(...s),e)&&t(null,...s)},c=r.teardown;r.teardown=()=>{o(),c?.()}}}),e}function Ni(e,t,n,r,i){var a=()=>{r(n[e])};n.addEventListener(t,a),i?En(()=>{n[e]=i()}):a(),(n===document.body||n===window||n===document)&&bn(()=>{n.removeEventListener(t,a)})}var Pi=!1;function Fi(e){var t=Pi;try{return Pi=!1,[e(),Pi]}finally{Pi=t}}function Ii(e,t,n,r){var i=!0,a=!!(n&8),o=!!(n&16),s=r,c=!0,u=void 0,d=()=>o&&i?(u??=pt(r),J(u)):(c&&(c=!1,s=o?or(r):r),s);let f;if(a){var p=de in e||pe in e;f=l(e,t)?.set??(p&&t in e?n=>e[t]=n:void 0)}var m,h=!1;a?[m,h]=Fi(()=>e[t]):m=e[t],m===void 0&&r!==void 0&&(m=d(),f&&(i&&Ue(t),f(m)));var g=i?()=>{var n=e[t];return n===void 0?d():(c=!0,n)}:()=>{var n=e[t];return n!==void 0&&(s=void 0),n===void 0?s:n};if(i&&!(n&4))return g;if(f){var _=e.$$legacy;return(function(e,t){return arguments.length>0?((!i||!t||_||h)&&f(t?g():e),e):g()})}var v=!1,y=(n&1?pt:_t)(()=>(v=!1,g()));a&&J(y);var b=U;return(function(e,t){if(arguments.length>0){let n=t?J(y):i&&a?P(e):e;return N(y,n),v=!0,s!==void 0&&(s=n),e}return Bn&&v||b.f&16384?y.v:J(y)})}function Li(e){O===null&&Ie(`onMount`),xn(()=>{let t=or(e);if(typeof t==`function`)return t})}function Ri(e){O===null&&Ie(`onDestroy`),Li(()=>()=>or(e))}typeof window<`u`&&((window.__svelte??={}).v??=new Set).add(`5`);var zi=[{name:`login`,pattern:/^\/login$/,keys:[],private:!1,load:()=>r(()=>import(`./Login-9yG6EwDj.js`),__vite__mapDeps([0,1]))},{name:`setup`,pattern:/^\/setup$/,keys:[],private:!1,load:()=>r(()=>import(`./FirstRun-DknFpabh.js`),__vite__mapDeps([2,1]))},{name:`invite`,pattern:/^\/invite$/,keys:[],private:!1,load:()=>r(()=>import(`./Invite-CErTrPe1.js`),__vite__mapDeps([3,1]))},{name:`home`,pattern:/^\/$/,keys:[],private:!0,load:()=>r(()=>import(`./Home-YsP6zTDX.js`),__vite__mapDeps([4,5,1,6]))},{name:`account`,pattern:/^\/account$/,keys:[],private:!0,load:()=>r(()=>import(`./Account-CjFka_IK.js`),__vite__mapDeps([7,8,1,9]))},{name:`new-workspace`,pattern:/^\/workspaces\/new$/,keys:[],private:!0,load:()=>r(()=>import(`./NewWorkspace-KN6b_mg_.js`),__vite__mapDeps([10,1]))},{name:`workspace`,pattern:/^\/w\/([^/]+)$/,keys:[`workspaceId`],private:!0,load:()=>r(()=>import(`./Dashboard-DDJMmH8K.js`),__vite__mapDeps([11,12,1,13]))},{name:`members`,pattern:/^\/w\/([^/]+)\/members$/,keys:[`workspaceId`],private:!0,load:()=>r(()=>import(`./Members-4CZ-UDx4.js`),__vite__mapDeps([14,8,1,15]))},...Object.entries({connect:()=>r(()=>import(`./Connect-D3x0mUsw.js`),__vite__mapDeps([16,17,1,18])),integrations:()=>r(()=>import(`./Integrations-mMD5oLgH.js`),__vite__mapDeps([19,17,1,5,6,20])),people:()=>r(()=>import(`./People-uxOVoaih.js`),__vite__mapDeps([21,17,1,22])),settings:()=>r(()=>import(`./Settings-ERc_LpUN.js`),__vite__mapDeps([23,8,17,1])),audit:()=>r(()=>import(`./AuditLog-D7KXP61G.js`),__vite__mapDeps([24,8,17,1,25]))}).map(([e,t])=>({name:e,pattern:RegExp(`^/w/([^/]+)/${e}$`),keys:[`workspaceId`],private:!0,load:t}))],Bi={name:`not-found`,pattern:/$^/,keys:[],private:!1,load:()=>r(()=>import(`./NotFound-E-BIa532.js`),[])};function Vi(e){for(let t of zi){let n=t.pattern.exec(e);if(n){let e={};return t.keys.forEach((t,r)=>e[t]=decodeURIComponent(n[r+1]??``)),{name:t.name,params:e,private:t.private,load:t.load}}}return{name:Bi.name,params:{},private:!1,load:Bi.load}}var Hi=P({route:Vi(location.pathname),path:location.pathname});function Ui(e,t={}){t.replace?history.replaceState(null,``,e):history.pushState(null,``,e),Wi()}function Wi(){Hi.path=location.pathname,Hi.route=Vi(location.pathname)}addEventListener(`popstate`,Wi),document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target?.closest?.(`a`);if(!t||t.target||t.hasAttribute(`download`)||t.dataset.external!==void 0)return;let n=new URL(t.href,location.href);n.origin!==location.origin||n.pathname.startsWith(`/graphiql`)||(e.preventDefault(),Ui(n.pathname+n.search+n.hash))});function Gi(){let e=new URLSearchParams(location.search).get(`next`);return e&&e.startsWith(`/`)&&!e.startsWith(`//`)?e:`/`}var X=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new X(`
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
    `,{fragmentName:`Figures`}),new X(`
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
    `,{fragmentName:`Series`}),new X(`
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
    `,{fragmentName:`Breakdown`}),new X(`
    fragment Days on UsageSeries {
  lines {
    provider
    points {
      start
      values
    }
  }
}
    `,{fragmentName:`Days`});var Ki={'\n  query DashboardMeta($workspaceId: ID!, $isAdmin: Boolean!) {\n    integrations(workspaceId: $workspaceId) {\n      id\n      provider\n      displayName\n      status\n      historyHorizon\n      createdAt\n      lastSyncedAt\n      needsAttention\n      attentionReason\n    }\n    persons(workspaceId: $workspaceId) @include(if: $isAdmin) {\n      id\n      displayName\n    }\n    teams: breakdown(workspaceId: $workspaceId, dimension: TEAM, top: 1000) {\n      rows {\n        key\n      }\n    }\n    metricType: __type(name: "Metric") {\n      enumValues {\n        name\n        description\n      }\n    }\n    figuresType: __type(name: "PeriodFigures") {\n      fields {\n        name\n        description\n      }\n    }\n  }\n':new X(`
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
    `),"\n  query DashboardData(\n    $workspaceId: ID!\n    $range: DateRange!\n    $dayRange: DateRange!\n    $seriesRange: DateRange!\n    $filter: UsageFilter\n    $granularity: Granularity!\n    $metric: Metric!\n  ) {\n    summary: usageSummary(workspaceId: $workspaceId, range: $range, filter: $filter) {\n      current {\n        ...Figures\n      }\n      previous {\n        ...Figures\n      }\n    }\n    series: usageSeries(\n      workspaceId: $workspaceId\n      range: $seriesRange\n      granularity: $granularity\n      metrics: [$metric]\n      splitByProvider: true\n      filter: $filter\n    ) {\n      ...Series\n    }\n    heatmap: activityHeatmap(workspaceId: $workspaceId, range: $dayRange, metric: $metric, filter: $filter) {\n      from\n      to\n      thresholds\n      cells {\n        day\n        count\n        level\n      }\n    }\n    byTool: breakdown(workspaceId: $workspaceId, range: $range, dimension: PROVIDER, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byModel: breakdown(workspaceId: $workspaceId, range: $range, dimension: MODEL, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byEditor: breakdown(workspaceId: $workspaceId, range: $range, dimension: EDITOR, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byLanguage: breakdown(\n      workspaceId: $workspaceId\n      range: $range\n      dimension: LANGUAGE\n      metric: $metric\n      filter: $filter\n    ) {\n      ...Breakdown\n    }\n    byFeature: breakdown(workspaceId: $workspaceId, range: $range, dimension: FEATURE, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byTeam: breakdown(workspaceId: $workspaceId, range: $range, dimension: TEAM, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n  }\n\n  fragment Figures on PeriodFigures {\n    from\n    to\n    activeDays\n    activeUsers\n    dau\n    wau\n    mau\n    currentStreak\n    longestStreak\n    topTool\n    acceptanceRateByCount\n    acceptanceRateByLines\n    totals {\n      interactions\n      totalTokens\n      costMillicents\n      linesAdded\n    }\n  }\n\n  fragment Series on UsageSeries {\n    granularity\n    from\n    to\n    metrics\n    lines {\n      provider\n      points {\n        start\n        end\n        values\n      }\n    }\n  }\n\n  fragment Breakdown on Breakdown {\n    dimension\n    metric\n    total\n    hiddenGroups\n    rows {\n      key\n      value\n      share\n    }\n    other {\n      key\n      value\n      share\n    }\n  }\n":new X(`
    query DashboardData($workspaceId: ID!, $range: DateRange!, $dayRange: DateRange!, $seriesRange: DateRange!, $filter: UsageFilter, $granularity: Granularity!, $metric: Metric!) {
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
    range: $seriesRange
    granularity: $granularity
    metrics: [$metric]
    splitByProvider: true
    filter: $filter
  ) {
    ...Series
  }
  heatmap: activityHeatmap(
    workspaceId: $workspaceId
    range: $dayRange
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
}`),"\n  query DashboardDays(\n    $workspaceId: ID!\n    $dayRange: DateRange!\n    $filter: UsageFilter\n    $metric: Metric!\n    $cardMetrics: [Metric!]!\n  ) {\n    daily: usageSeries(\n      workspaceId: $workspaceId\n      range: $dayRange\n      granularity: DAY\n      metrics: $cardMetrics\n      filter: $filter\n    ) {\n      ...Days\n    }\n    dailyByTool: usageSeries(\n      workspaceId: $workspaceId\n      range: $dayRange\n      granularity: DAY\n      metrics: [$metric]\n      splitByProvider: true\n      filter: $filter\n    ) {\n      ...Days\n    }\n    freshness: dataFreshness(workspaceId: $workspaceId, range: $dayRange, filter: $filter) {\n      integrations {\n        integration {\n          id\n          provider\n          displayName\n        }\n        lagDays\n        days {\n          day\n          status\n          reason\n        }\n      }\n    }\n  }\n\n  fragment Days on UsageSeries {\n    lines {\n      provider\n      points {\n        start\n        values\n      }\n    }\n  }\n":new X(`
    query DashboardDays($workspaceId: ID!, $dayRange: DateRange!, $filter: UsageFilter, $metric: Metric!, $cardMetrics: [Metric!]!) {
  daily: usageSeries(
    workspaceId: $workspaceId
    range: $dayRange
    granularity: DAY
    metrics: $cardMetrics
    filter: $filter
  ) {
    ...Days
  }
  dailyByTool: usageSeries(
    workspaceId: $workspaceId
    range: $dayRange
    granularity: DAY
    metrics: [$metric]
    splitByProvider: true
    filter: $filter
  ) {
    ...Days
  }
  freshness: dataFreshness(
    workspaceId: $workspaceId
    range: $dayRange
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
    fragment Days on UsageSeries {
  lines {
    provider
    points {
      start
      values
    }
  }
}`),"\n  query DashboardPeople(\n    $workspaceId: ID!\n    $range: DateRange!\n    $filter: UsageFilter\n    $orderBy: Metric!\n    $first: Int!\n    $offset: Int!\n    $identities: Identities!\n  ) {\n    people(\n      workspaceId: $workspaceId\n      range: $range\n      filter: $filter\n      orderBy: $orderBy\n      first: $first\n      offset: $offset\n      identities: $identities\n    ) {\n      to\n      total\n      seats {\n        assigned\n        idle7Days\n        idle30Days\n      }\n      rows {\n        rank\n        value\n        subject {\n          personId\n          actorId\n          label\n        }\n        tools {\n          provider\n          activeDays\n          lastActiveDay\n        }\n        seats {\n          provider\n          plan\n          lastActiveDay\n          idle7Days\n          idle30Days\n        }\n      }\n    }\n  }\n":new X(`
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
    `),"\n  subscription DashboardUsageUpdated($workspaceId: ID!, $metrics: [Metric!]!, $filter: UsageFilter) {\n    usageUpdated(workspaceId: $workspaceId, metrics: $metrics, filter: $filter) {\n      resyncRequired\n      integrationId\n      days\n      series {\n        metrics\n        lines {\n          points {\n            start\n            values\n          }\n        }\n      }\n    }\n  }\n":new X(`
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
    `),"\n  subscription DashboardSyncProgress($workspaceId: ID!) {\n    syncProgress(workspaceId: $workspaceId) {\n      resyncRequired\n      kind\n      integrationId\n      days\n      daysDone\n      daysTotal\n      error\n    }\n  }\n":new X(`
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
    `),"\n  subscription DashboardIntegrationChanged($workspaceId: ID!) {\n    integrationChanged(workspaceId: $workspaceId) {\n      resyncRequired\n      integrationId\n      change\n    }\n  }\n":new X(`
    subscription DashboardIntegrationChanged($workspaceId: ID!) {
  integrationChanged(workspaceId: $workspaceId) {
    resyncRequired
    integrationId
    change
  }
}
    `),"\n  query Me {\n    me {\n      id\n      email\n      displayName\n      isInstanceAdmin\n    }\n    workspaces {\n      id\n      name\n      kind\n      role\n    }\n    version\n  }\n":new X(`
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
    `),"\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n":new X(`
    mutation LogIn($email: String!, $password: String!) {
  logIn(email: $email, password: $password) {
    user {
      id
    }
  }
}
    `),"\n  mutation SignUp(\n    $email: String!\n    $password: String!\n    $displayName: String!\n    $inviteToken: String\n    $setupCode: String\n  ) {\n    signUp(\n      email: $email\n      password: $password\n      displayName: $displayName\n      inviteToken: $inviteToken\n      setupCode: $setupCode\n    ) {\n      user {\n        id\n        isInstanceAdmin\n      }\n    }\n  }\n":new X(`
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
    `),"\n  mutation LogOut {\n    logOut\n  }\n":new X(`
    mutation LogOut {
  logOut
}
    `),"\n  mutation ChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n":new X(`
    mutation ChangePassword($current: String!, $new: String!) {
  changePassword(current: $current, new: $new)
}
    `),"\n  mutation AcceptInvite($token: String!) {\n    acceptInvite(token: $token) {\n      id\n      name\n      role\n    }\n  }\n":new X(`
    mutation AcceptInvite($token: String!) {
  acceptInvite(token: $token) {
    id
    name
    role
  }
}
    `),"\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      kind\n      role\n    }\n  }\n":new X(`
    mutation CreateWorkspace($name: String!) {
  createWorkspace(name: $name) {
    id
    name
    kind
    role
  }
}
    `),"\n  query Members($workspaceId: ID!) {\n    members(workspaceId: $workspaceId) {\n      role\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n":new X(`
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
    `),"\n  query Invitations($workspaceId: ID!) {\n    invitations(workspaceId: $workspaceId) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n":new X(`
    query Invitations($workspaceId: ID!) {
  invitations(workspaceId: $workspaceId) {
    id
    email
    role
    expiresAt
  }
}
    `),"\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      id\n      token\n      email\n      role\n      expiresAt\n    }\n  }\n":new X(`
    mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {
  inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {
    id
    token
    email
    role
    expiresAt
  }
}
    `),"\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n":new X(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id)
}
    `),"\n  mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {\n    setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {\n      role\n    }\n  }\n":new X(`
    mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {
  setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {
    role
  }
}
    `),"\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(workspaceId: $workspaceId, userId: $userId)\n  }\n":new X(`
    mutation RemoveMember($workspaceId: ID!, $userId: ID!) {
  removeMember(workspaceId: $workspaceId, userId: $userId)
}
    `),"\n  query WorkspaceSettings($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      minGroupSize\n      role\n    }\n  }\n":new X(`
    query WorkspaceSettings($id: ID!) {
  workspace(id: $id) {
    id
    name
    minGroupSize
    role
  }
}
    `),"\n  mutation UpdateWorkspaceSettings($workspaceId: ID!, $minGroupSize: Int!) {\n    updateWorkspaceSettings(workspaceId: $workspaceId, minGroupSize: $minGroupSize) {\n      id\n      minGroupSize\n    }\n  }\n":new X(`
    mutation UpdateWorkspaceSettings($workspaceId: ID!, $minGroupSize: Int!) {
  updateWorkspaceSettings(workspaceId: $workspaceId, minGroupSize: $minGroupSize) {
    id
    minGroupSize
  }
}
    `),"\n  query AuditLog($workspaceId: ID!, $after: String) {\n    auditLog(workspaceId: $workspaceId, first: 50, after: $after) {\n      events {\n        id\n        at\n        actor\n        action\n        targetKind\n        targetId\n        detail\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n":new X(`
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
    `),"\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n":new X(`
    query ApiTokens {
  apiTokens {
    id
    name
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `),"\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n":new X(`
    mutation CreateApiToken($name: String!) {
  createApiToken(name: $name) {
    token
    apiToken {
      id
    }
  }
}
    `),"\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n":new X(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id)
}
    `),"\n  query WorkspaceIntegrations($workspaceId: ID!) {\n    integrations(workspaceId: $workspaceId) {\n      id\n      provider\n      displayName\n      scopeKind\n      scopeSlug\n      baseUrl\n      secretHint\n      status\n      schedule\n      nextSyncAt\n      lastSyncedAt\n      lastError\n      needsAttention\n      attentionReason\n      lastRun {\n        id\n        status\n        daysTotal\n        daysDone\n        daysFailed\n        error\n        startedAt\n        finishedAt\n      }\n      failedDays {\n        day\n        state\n        reason\n        attempts\n        maxAttempts\n        nextRetryAt\n      }\n    }\n  }\n":new X(`
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
    `),"\n  query Freshness($workspaceId: ID!, $range: DateRange) {\n    dataFreshness(workspaceId: $workspaceId, range: $range) {\n      from\n      to\n      integrations {\n        integration {\n          id\n        }\n        finalDays\n        provisionalDays\n        missingDays\n        failedDays\n        unavailableDays\n        days {\n          day\n          status\n          reason\n        }\n      }\n    }\n  }\n":new X(`
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
    `),"\n  subscription SyncProgress($workspaceId: ID!) {\n    syncProgress(workspaceId: $workspaceId) {\n      kind\n      resyncRequired\n      integrationId\n      runId\n      daysDone\n      daysTotal\n      error\n    }\n  }\n":new X(`
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
    `),"\n  subscription IntegrationChanged($workspaceId: ID!) {\n    integrationChanged(workspaceId: $workspaceId) {\n      integrationId\n      change\n      resyncRequired\n    }\n  }\n":new X(`
    subscription IntegrationChanged($workspaceId: ID!) {
  integrationChanged(workspaceId: $workspaceId) {
    integrationId
    change
    resyncRequired
  }
}
    `),"\n  mutation ConnectIntegration($workspaceId: ID!, $input: ConnectIntegrationInput!) {\n    connectIntegration(workspaceId: $workspaceId, input: $input) {\n      id\n      displayName\n    }\n  }\n":new X(`
    mutation ConnectIntegration($workspaceId: ID!, $input: ConnectIntegrationInput!) {
  connectIntegration(workspaceId: $workspaceId, input: $input) {
    id
    displayName
  }
}
    `),"\n  mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {\n    updateIntegration(id: $id, input: $input) {\n      id\n      status\n      schedule\n      secretHint\n    }\n  }\n":new X(`
    mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {
  updateIntegration(id: $id, input: $input) {
    id
    status
    schedule
    secretHint
  }
}
    `),"\n  mutation DisconnectIntegration($id: ID!, $keepData: Boolean!) {\n    disconnectIntegration(id: $id, keepData: $keepData)\n  }\n":new X(`
    mutation DisconnectIntegration($id: ID!, $keepData: Boolean!) {
  disconnectIntegration(id: $id, keepData: $keepData)
}
    `),"\n  mutation SyncIntegration($id: ID!, $from: NaiveDate, $to: NaiveDate) {\n    syncIntegration(id: $id, from: $from, to: $to) {\n      id\n      daysTotal\n    }\n  }\n":new X(`
    mutation SyncIntegration($id: ID!, $from: NaiveDate, $to: NaiveDate) {
  syncIntegration(id: $id, from: $from, to: $to) {
    id
    daysTotal
  }
}
    `),"\n  mutation RetryFailedDay($integrationId: ID!, $day: NaiveDate!) {\n    retryFailedDay(integrationId: $integrationId, day: $day) {\n      id\n    }\n  }\n":new X(`
    mutation RetryFailedDay($integrationId: ID!, $day: NaiveDate!) {
  retryFailedDay(integrationId: $integrationId, day: $day) {
    id
  }
}
    `),"\n  mutation AcknowledgeFailedDay($integrationId: ID!, $day: NaiveDate!) {\n    acknowledgeFailedDay(integrationId: $integrationId, day: $day) {\n      day\n      state\n    }\n  }\n":new X(`
    mutation AcknowledgeFailedDay($integrationId: ID!, $day: NaiveDate!) {
  acknowledgeFailedDay(integrationId: $integrationId, day: $day) {
    day
    state
  }
}
    `),"\n  query InstanceState {\n    setupRequired\n    sampleDataEnabled\n  }\n":new X(`
    query InstanceState {
  setupRequired
  sampleDataEnabled
}
    `),"\n  mutation LoadSampleData($workspaceId: ID!) {\n    loadSampleData(workspaceId: $workspaceId) {\n      id\n    }\n  }\n":new X(`
    mutation LoadSampleData($workspaceId: ID!) {
  loadSampleData(workspaceId: $workspaceId) {
    id
  }
}
    `),"\n  query PeopleAdmin($workspaceId: ID!, $range: DateRange) {\n    persons(workspaceId: $workspaceId) {\n      id\n      displayName\n      email\n      actors {\n        id\n        integrationId\n        provider\n        kind\n        identifier\n        displayName\n        identityKind\n      }\n    }\n    personLinkSuggestions(workspaceId: $workspaceId) {\n      actor {\n        id\n        provider\n        kind\n        identifier\n        displayName\n      }\n      person {\n        id\n        displayName\n      }\n      explanation\n    }\n    people(workspaceId: $workspaceId, range: $range, first: 1000, identities: ALL) {\n      rows {\n        subject {\n          personId\n          label\n          actor {\n            id\n            provider\n            kind\n            identifier\n            displayName\n            identityKind\n          }\n        }\n        seats {\n          provider\n          plan\n          lastActiveDay\n          idle30Days\n        }\n      }\n      seats {\n        assigned\n        idle7Days\n        idle30Days\n      }\n    }\n  }\n":new X(`
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
    `),"\n  mutation LinkActor($actorId: ID!, $personId: ID!) {\n    linkActor(actorId: $actorId, personId: $personId) {\n      id\n      personId\n    }\n  }\n":new X(`
    mutation LinkActor($actorId: ID!, $personId: ID!) {
  linkActor(actorId: $actorId, personId: $personId) {
    id
    personId
  }
}
    `),"\n  mutation UnlinkActor($actorId: ID!) {\n    unlinkActor(actorId: $actorId) {\n      id\n    }\n  }\n":new X(`
    mutation UnlinkActor($actorId: ID!) {
  unlinkActor(actorId: $actorId) {
    id
  }
}
    `),"\n  mutation SetIdentityKind($actorId: ID!, $kind: IdentityKind!) {\n    setIdentityKind(actorId: $actorId, kind: $kind) {\n      id\n      identityKind\n    }\n  }\n":new X(`
    mutation SetIdentityKind($actorId: ID!, $kind: IdentityKind!) {
  setIdentityKind(actorId: $actorId, kind: $kind) {
    id
    identityKind
  }
}
    `),"\n  mutation CreatePerson($workspaceId: ID!, $displayName: String!, $email: String) {\n    createPerson(workspaceId: $workspaceId, displayName: $displayName, email: $email) {\n      id\n      displayName\n    }\n  }\n":new X(`
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
    `),"\n  mutation MergePeople($into: ID!, $from: ID!) {\n    mergePeople(into: $into, from: $from) {\n      id\n    }\n  }\n":new X(`
    mutation MergePeople($into: ID!, $from: ID!) {
  mergePeople(into: $into, from: $from) {
    id
  }
}
    `)};function Z(e){return Ki[e]??{}}var qi=class extends Error{code;field;constructor(e,t,n){super(e),this.name=`ApiError`,this.code=t,this.field=n}};function Ji(e){let t=e[0];return new qi(t?.message??`request failed`,t?.extensions?.code??`INTERNAL`,t?.extensions?.field)}async function Yi(e,...[t]){let n;try{n=await fetch(`/graphql`,{method:`POST`,credentials:`same-origin`,headers:{"content-type":`application/json`,accept:`application/json`},body:JSON.stringify({query:e.toString(),variables:t??{}})})}catch{throw new qi(`The service cannot be reached. Check your connection and try again.`,`NETWORK`)}let r;try{r=await n.json()}catch{throw new qi(`The service answered ${n.status} without a GraphQL body.`,`INTERNAL`)}if(r.errors?.length)throw Ji(r.errors);if(r.data==null)throw new qi(`The service sent no data.`,`INTERNAL`);return r.data}var Xi,Zi=!1;function Qi(){return Xi??=r(async()=>{let{createClient:e}=await import(`./dist-DHCRdjNZ.js`).then(e=>e.t);return{createClient:e}},__vite__mapDeps([26,12])).then(({createClient:e})=>{let t=e({url:`${location.protocol===`https:`?`wss:`:`ws:`}//${location.host}/graphql/ws`,lazy:!0,retryAttempts:1/0,shouldRetry:()=>!0});return t.on(`connected`,()=>Zi=!0),t.on(`closed`,()=>Zi=!1),t}),Xi}function $i(e,t,n,r=()=>{},i){let a,o,s=!1;return Qi().then(c=>{s||(i&&(o=c.on(`connected`,()=>i()),Zi&&queueMicrotask(i)),a=c.subscribe({query:e.toString(),variables:t},{next:e=>{e.errors?.length?r(Ji(e.errors)):e.data&&n(e.data)},error:()=>r(new qi(`The live connection failed.`,`NETWORK`)),complete:()=>{}}))}),()=>{s=!0,o?.(),a?.()}}async function ea(){if(!Xi)return;let e=await Xi;Xi=void 0,await e.dispose()}function ta(e){if(!(e instanceof qi))return`Something went wrong. Try again.`;switch(e.code){case`FORBIDDEN`:return`You do not have permission to do this here. Ask an admin of this workspace if you need access.`;case`UNAUTHENTICATED`:return e.message===`wrong email or password`?`Wrong email or password.`:`Your session has ended. Log in again.`;case`RATE_LIMITED`:return`Too many attempts. Wait a minute and try again.`;case`NOT_FOUND`:return`This does not exist, or you cannot see it.`;case`NETWORK`:return e.message;case`BAD_USER_INPUT`:case`CONFLICT`:return na(e.message);default:return`The service had a problem. Try again in a moment.`}}function na(e){let t=e.charAt(0).toUpperCase()+e.slice(1);return/[.!?]$/.test(t)?t:`${t}.`}var ra=Z(`
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
`),ia=Z(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      user {
        id
      }
    }
  }
`),aa=Z(`
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
`),oa=Z(`
  mutation LogOut {
    logOut
  }
`),sa=Z(`
  mutation ChangePassword($current: String!, $new: String!) {
    changePassword(current: $current, new: $new)
  }
`),ca=Z(`
  mutation AcceptInvite($token: String!) {
    acceptInvite(token: $token) {
      id
      name
      role
    }
  }
`),la=Z(`
  mutation CreateWorkspace($name: String!) {
    createWorkspace(name: $name) {
      id
      name
      kind
      role
    }
  }
`),ua=Z(`
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
`),da=Z(`
  query Invitations($workspaceId: ID!) {
    invitations(workspaceId: $workspaceId) {
      id
      email
      role
      expiresAt
    }
  }
`),fa=Z(`
  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {
    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {
      id
      token
      email
      role
      expiresAt
    }
  }
`),pa=Z(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`),ma=Z(`
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
`),ha=Z(`
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
`),ga=Z(`
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
`),_a=Z(`
  subscription IntegrationChanged($workspaceId: ID!) {
    integrationChanged(workspaceId: $workspaceId) {
      integrationId
      change
      resyncRequired
    }
  }
`),va=Z(`
  mutation ConnectIntegration($workspaceId: ID!, $input: ConnectIntegrationInput!) {
    connectIntegration(workspaceId: $workspaceId, input: $input) {
      id
      displayName
    }
  }
`),ya=Z(`
  mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {
    updateIntegration(id: $id, input: $input) {
      id
      status
      schedule
      secretHint
    }
  }
`),ba=Z(`
  mutation DisconnectIntegration($id: ID!, $keepData: Boolean!) {
    disconnectIntegration(id: $id, keepData: $keepData)
  }
`),xa=Z(`
  mutation SyncIntegration($id: ID!, $from: NaiveDate, $to: NaiveDate) {
    syncIntegration(id: $id, from: $from, to: $to) {
      id
      daysTotal
    }
  }
`),Sa=Z(`
  mutation RetryFailedDay($integrationId: ID!, $day: NaiveDate!) {
    retryFailedDay(integrationId: $integrationId, day: $day) {
      id
    }
  }
`),Ca=Z(`
  mutation AcknowledgeFailedDay($integrationId: ID!, $day: NaiveDate!) {
    acknowledgeFailedDay(integrationId: $integrationId, day: $day) {
      day
      state
    }
  }
`),wa=Z(`
  query InstanceState {
    setupRequired
    sampleDataEnabled
  }
`),Ta=Z(`
  mutation LoadSampleData($workspaceId: ID!) {
    loadSampleData(workspaceId: $workspaceId) {
      id
    }
  }
`),Q=P({loaded:!1,user:null,workspaces:[],version:``,error:null,setupRequired:!1,sampleDataEnabled:!1});async function Ea(){let e=Yi(wa).then(e=>{Q.setupRequired=e.setupRequired,Q.sampleDataEnabled=e.sampleDataEnabled},()=>{});try{let e=await Yi(ra);Q.user=e.me,Q.workspaces=e.workspaces,Q.version=e.version,Q.error=null}catch(e){Q.user=null,Q.workspaces=[],Q.error=e instanceof qi&&e.code===`UNAUTHENTICATED`?null:String(e)}await e,Q.loaded=!0}async function Da(){try{await Yi(oa)}finally{await ea(),Q.user=null,Q.workspaces=[]}}var Oa={VIEWER:0,MEMBER:1,ADMIN:2,OWNER:3};function ka(e,t){return e!==void 0&&Oa[e]>=Oa[t]}function Aa(e){let t=e??localStorage.getItem(`ai-usage-workspace`)??void 0;return Q.workspaces.find(e=>e.id===t)??Q.workspaces[0]}function ja(e){localStorage.setItem(`ai-usage-workspace`,e)}function $(e){return(e??``).toLowerCase()}function Ma(e){return e.toUpperCase()}var Na={claude_code:`Claude Code`,copilot:`GitHub Copilot`,cursor:`Cursor`};function Pa(e){return Na[$(e)]??e}var Fa={active:`Active`,paused:`Paused`,needs_attention:`Needs attention`,disconnected:`Disconnected`};function Ia(e){return Fa[$(e)]??e}function La(e){return $(e)===`paused`}function Ra(e){return $(e)===`disconnected`}var za={queued:`Queued`,running:`Running`,succeeded:`Succeeded`,partial:`Partly done (some days failed)`,failed:`Failed`};function Ba(e){return za[$(e)]??e}function Va(e){return $(e)===`running`||$(e)===`queued`}function Ha(e){return[`succeeded`,`partial`,`failed`].includes($(e))}var Ua=[{key:`final`,label:`Final`,help:`synced, and past the vendor’s reporting delay`},{key:`provisional`,label:`Provisional`,help:`synced, but the vendor may still fill it in`},{key:`failed`,label:`Failed`,help:`the vendor answered badly; retried automatically`},{key:`unavailable`,label:`Unavailable`,help:`the vendor no longer serves it, or it was given up`},{key:`missing`,label:`Missing`,help:`not synced yet`}];function Wa(e){return Ua.find(t=>t.key===$(e))?.label??e}var Ga={retrying:`Retrying`,given_up:`Given up`,acknowledged:`Acknowledged`};function Ka(e){return Ga[$(e)]??e}function qa(e){return $(e)}function Ja(e){return $(e)===`service`?`service`:`person`}var Ya={email:`email`,login:`GitHub login`,api_key:`API key`};function Xa(e){return Ya[$(e)]??e}function Za(e){return e?`${e.replace(`T`,` `).slice(0,16)} UTC`:`—`}var Qa=Cr(`<button type="button" class="secondary theme-toggle">Dark theme</button>`);function $a(r,i){Ye(i,!0);let a=Wt(P(n(e())));function o(){let e=J(a)===`dark`?`light`:`dark`;t(e),N(a,e,!0)}var s=Qa();Dn(()=>xi(s,`aria-pressed`,J(a)===`dark`)),mr(`click`,s,o),Y(r,s),Xe()}hr([`click`]);var eo=Cr(`<option> </option>`),to=Cr(`<div class="switcher svelte-12hq2y2"><label for="workspace-switcher" class="svelte-12hq2y2">Workspace</label> <select id="workspace-switcher" class="svelte-12hq2y2"><!><option>+ New workspace…</option></select></div>`),no=Cr(`<li><a class="svelte-12hq2y2"> </a></li>`),ro=Cr(`<li><a class="svelte-12hq2y2">Dashboard</a></li> <!>`,1),io=Cr(`<a class="skip-link" href="#main">Skip to content</a> <header class="top svelte-12hq2y2"><a class="brand svelte-12hq2y2" href="/">ai-usage</a> <!> <nav aria-label="Main" class="svelte-12hq2y2"><ul class="svelte-12hq2y2"><!> <li><a href="/graphiql" data-external="">GraphiQL</a></li> <li><a href="/account" class="svelte-12hq2y2">Account</a></li></ul></nav> <div class="tools svelte-12hq2y2"><!> <button type="button" class="secondary">Log out</button></div></header> <main id="main" tabindex="-1" class="svelte-12hq2y2"><!></main>`,1);function ao(e,t){Ye(t,!0);let n=gt(()=>Aa(Hi.route.params.workspaceId)),r=gt(()=>ka(J(n)?.role,`ADMIN`)),i=[[`integrations`,`Integrations`],[`people`,`People`],[`members`,`Members`],[`settings`,`Settings`]];function a(e){let t=e.currentTarget.value;t===`new`?Ui(`/workspaces/new`):(ja(t),Ui(`/w/${t}`))}async function o(){await Da(),Ui(`/login`)}var s=io(),c=L(cn(s),2),l=L(I(c),2),u=e=>{var t=to(),r=L(I(t),2),i=I(r);Gr(i,17,()=>Q.workspaces,e=>e.id,(e,t)=>{var n=eo(),r=ln(n),i={};Dn(e=>{Ar(r,`${J(t).name??``} (${e??``})`),i!==(i=J(t).id)&&(n.value=(n.__value=i)??``)},[()=>qa(J(t).role)]),Y(e,n)});var o=L(i);o.value=o.__value=`new`,D(r);var s;ui(r),D(t),Dn(()=>{s!==(s=J(n)?.id)&&(r.value=(r.__value=s)??``,li(r,s))}),mr(`change`,r,a),Y(e,t)};Br(l,e=>{Q.workspaces.length&&e(u)});var d=L(l,2),f=I(d),p=I(f),m=e=>{var t=ro(),a=cn(t),o=ln(a),s=L(a,2),c=e=>{var t=Tr();Gr(cn(t),17,()=>i,([e,t])=>e,(e,t)=>{var r=gt(()=>y(J(t),2));let i=()=>J(r)[0],a=()=>J(r)[1];var o=no(),s=I(o),c=ln(s,!0);D(o),Dn(()=>{xi(s,`href`,`/w/${J(n).id}/${i()}`),xi(s,`aria-current`,Hi.route.name===i()?`page`:void 0),Ar(c,a())}),Y(e,o)}),Y(e,t)};Br(s,e=>{J(r)&&e(c)}),Dn(()=>{xi(o,`href`,`/w/${J(n).id}`),xi(o,`aria-current`,Hi.route.name===`workspace`?`page`:void 0)}),Y(e,t)};Br(p,e=>{J(n)&&e(m)});var h=ln(L(p,4));D(f),D(d);var g=L(d,2),_=I(g);$a(_,{});var v=L(_,2);D(g),D(c);var b=L(c,2);Zr(I(b),()=>t.children),D(b),Dn(()=>xi(h,`aria-current`,Hi.route.name===`account`?`page`:void 0)),mr(`click`,v,o),Y(e,s),Xe()}hr([`change`,`click`]);var oo=Cr(`<p class="narrow muted" role="status">Loading…</p>`),so=Cr(`<main class="narrow"><h1>The service cannot be reached</h1> <p class="error" role="alert"> </p> <button type="button">Try again</button></main>`);function co(e,t){Ye(t,!0),Ea();let n=gt(()=>Hi.route),r=gt(()=>J(n).load());xn(()=>{if(Q.loaded){if(J(n).private&&!Q.user&&!Q.error){let e=location.pathname+location.search;Q.setupRequired?Ui(`/setup`,{replace:!0}):Ui(e===`/`?`/login`:`/login?next=${encodeURIComponent(e)}`,{replace:!0})}else Q.user&&(J(n).name===`login`||J(n).name===`setup`)&&Ui(Gi(),{replace:!0})}});var i=Tr(),a=cn(i),o=e=>{Y(e,oo())},s=e=>{var t=so(),n=L(I(t),2),r=ln(n,!0),i=L(n,2);D(t),Dn(()=>Ar(r,Q.error)),mr(`click`,i,()=>Ea()),Y(e,t)},c=e=>{var t=Tr(),i=cn(t),a=e=>{ao(e,{children:(e,t)=>{var i=Tr();zr(cn(i),()=>J(r),null,(e,t)=>{var r=Tr();Qr(cn(r),()=>J(t).default,(e,t)=>{t(e,{get params(){return J(n).params}})}),Y(e,r)}),Y(e,i)},$$slots:{default:!0}})};Br(i,e=>{Q.user&&e(a)}),Y(e,t)},l=e=>{var t=Tr();zr(cn(t),()=>J(r),null,(e,t)=>{var r=Tr();Qr(cn(r),()=>J(t).default,(e,t)=>{t(e,{get params(){return J(n).params}})}),Y(e,r)}),Y(e,t)};Br(a,e=>{Q.loaded?Q.error&&J(n).private?e(s,1):J(n).private?e(c,2):e(l,-1):e(o)}),Y(e,i),Xe()}hr([`click`]),t();var lo=document.getElementById(`app`);if(!lo)throw Error(`index.html has no #app element`);jr(co,{target:lo});export{Ni as $,ga as A,ln as At,pa as B,va as C,pr as Ct,Ta as D,xn as Dt,_a as E,Dn as Et,la as F,gt as Ft,$i as G,qi as H,da as I,Xe as It,Ui as J,Qi as K,fa as L,Ye as Lt,ma as M,P as Mt,ca as N,N as Nt,Sa as O,I as Ot,sa as P,Wt as Pt,Ii as Q,ia as R,Ae as Rt,Ca as S,mr as St,ha as T,or as Tt,ta as U,aa as V,Yi as W,Ri as X,Gi as Y,Li as Z,ka as _,Y as _t,Ha as a,bi as at,ja as b,wr as bt,Ia as c,ui as ct,Va as d,ii as dt,Mi as et,$ as f,Zr as ft,Za as g,Ar as gt,Ba as h,Br as ht,Wa as i,xi as it,ya as j,L as jt,xa as k,cn as kt,Ra as l,li as lt,Pa as m,Vr as mt,Ua as n,Ti as nt,Ka as o,yi as ot,Ma as p,Gr as pt,Z as q,Xa as r,vi as rt,Ja as s,di as st,$a as t,Di as tt,La as u,oi as ut,Aa as v,Tr as vt,ba as w,J as wt,Q as x,hr as xt,Ea as y,Cr as yt,ua as z,D as zt};