const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Login-D7wKJAOi.js","assets/ErrorMessage-BRdFGs7r.js","assets/FirstRun-CiC__O2z.js","assets/Invite-CordFzES.js","assets/Home-CRAlhIyh.js","assets/SampleData-DrMOfUgp.js","assets/SampleData-t1BmOlPj.css","assets/Account-BsDAIm3S.js","assets/admin-DyxGKkhD.js","assets/Account-lNQWAX84.css","assets/NewWorkspace-BDgfNcAR.js","assets/Dashboard-2vE541Ao.js","assets/rolldown-runtime-QQ38H6s1.js","assets/Dashboard-BO6XyZ04.css","assets/Members-7mNjLQFF.js","assets/Members-cgFvodlg.css","assets/Connect-CUlpcQJ7.js","assets/AdminOnly-C1QFHP9G.js","assets/Connect-MxDcD2Rv.css","assets/Integrations-BClIuhp0.js","assets/Integrations-rwNWZLSQ.css","assets/People-8SNjcikH.js","assets/People-D2slcnXc.css","assets/Settings-CPVoD0VW.js","assets/AuditLog-BqyGeGfV.js","assets/AuditLog-Sm2MSW6t.css","assets/dist-DHCRdjNZ.js"])))=>i.map(i=>d[i]);
import{i as e,n as t,r as n,t as r}from"./preload-helper-CnQnagar.js";var i=Array.isArray,a=Array.prototype.indexOf,o=Array.prototype.includes,s=Array.from,c=Object.defineProperty,l=Object.getOwnPropertyDescriptor,u=Object.getOwnPropertyDescriptors,d=Object.prototype,f=Array.prototype,p=Object.getPrototypeOf,m=Object.isExtensible,h=()=>{};function g(e){return typeof e?.then==`function`}function _(e){for(var t=0;t<e.length;t++)e[t]()}function v(){var e,t;return{promise:new Promise((n,r)=>{e=n,t=r}),resolve:e,reject:t}}function y(e,t){if(Array.isArray(e))return e;if(t===void 0||!(Symbol.iterator in e))return Array.from(e);let n=[];for(let r of e)if(n.push(r),n.length===t)break;return n}var b=1024,x=2048,S=4096,ee=8192,te=16384,ne=32768,re=1<<25,ie=65536,ae=1<<19,oe=1<<20,se=1<<25,ce=1<<21,le=1<<22,ue=1<<23,de=Symbol(`$state`),fe=Symbol(`component`),pe=Symbol(`legacy props`),me=Symbol(``),he=Symbol(`attributes`),ge=Symbol(`class`),_e=Symbol(`style`),ve=Symbol(`text`),ye=Symbol(`form reset`),be=new class extends Error{name=`StaleReactionError`;message="The reaction that called `getAbortSignal()` was re-run or destroyed"},xe=!!globalThis.document?.contentType&&globalThis.document.contentType.includes(`xml`),Se={},C=Symbol(`uninitialized`),Ce=`http://www.w3.org/1999/xhtml`;function we(){console.warn(`https://svelte.dev/e/derived_inert`)}function Te(e){console.warn(`https://svelte.dev/e/hydration_mismatch`)}function Ee(){console.warn(`https://svelte.dev/e/select_multiple_invalid_value`)}function De(){console.warn(`https://svelte.dev/e/svelte_boundary_reset_noop`)}var w=!1;function Oe(e){w=e}var T;function E(e){if(e===null)throw Te(),Se;return T=e}function ke(){return E(ln(T))}function D(e){if(w){if(ln(T)!==null)throw Te(),Se;T=e}}function Ae(e=1){if(w){for(var t=e,n=T;t--;)n=ln(n);T=n}}function je(e=!0){for(var t=0,n=T;;){if(n.nodeType===8){var r=n.data;if(r===`]`){if(t===0)return n;--t}else(r===`[`||r===`[!`||r[0]===`[`&&!isNaN(Number(r.slice(1))))&&(t+=1)}var i=ln(n);e&&n.remove(),n=i}}function Me(e){if(!e||e.nodeType!==8)throw Te(),Se;return e.data}function Ne(e){return e===this.v}function Pe(e,t){return e==e?e!==t||typeof e==`object`&&!!e||typeof e==`function`:t==t}function Fe(e){return!Pe(e,this.v)}function Ie(e){throw Error(`https://svelte.dev/e/lifecycle_outside_component`)}function Le(){throw Error(`https://svelte.dev/e/async_derived_orphan`)}function Re(e,t,n){throw Error(`https://svelte.dev/e/each_key_duplicate`)}function ze(e){throw Error(`https://svelte.dev/e/effect_in_teardown`)}function Be(){throw Error(`https://svelte.dev/e/effect_in_unowned_derived`)}function Ve(e){throw Error(`https://svelte.dev/e/effect_orphan`)}function He(){throw Error(`https://svelte.dev/e/effect_update_depth_exceeded`)}function Ue(e){throw Error(`https://svelte.dev/e/props_invalid_value`)}function We(){throw Error(`https://svelte.dev/e/state_descriptors_fixed`)}function Ge(){throw Error(`https://svelte.dev/e/state_prototype_fixed`)}function Ke(){throw Error(`https://svelte.dev/e/state_unsafe_mutation`)}function qe(){throw Error(`https://svelte.dev/e/svelte_boundary_reset_onerror`)}var O=null;function Je(e){O=e}function Ye(e,t=!1,n){O={p:O,i:!1,c:null,e:null,s:e,x:null,r:H,l:null}}function Xe(e){var t=O,n=t.e;if(n!==null){t.e=null;for(var r of n)wn(r)}return e!==void 0&&(t.x=e),t.i=!0,O=t.p,Ze(e)}function Ze(e={}){return c(e,fe,{value:!0}),e}function Qe(){return!0}var $e=[];function et(){var e=$e;$e=[],_(e)}function k(e){if($e.length===0&&!Dt){var t=$e;queueMicrotask(()=>{t===$e&&et()})}$e.push(e)}function tt(){for(;$e.length>0;)et()}var nt=~(x|S|b);function A(e,t){e.f=e.f&nt|t}function rt(e){e.f&512||e.deps===null?A(e,b):A(e,S)}function it(e,t){e.f&2048?t.set(e,x):e.f&4096&&t.get(e)!==2048&&t.set(e,S),A(e,b)}function at(e){w&&cn(e)!==null&&fn(e)}var ot=!1;function st(){ot||(ot=!0,document.addEventListener(`reset`,e=>{Promise.resolve().then(()=>{if(!e.defaultPrevented)for(let t of e.target.elements)t[ye]?.()})},{capture:!0}))}function ct(e){var t=z,n=H;V(null),U(null);try{return e()}finally{V(t),U(n)}}function lt(e,t,n,r=n){e.addEventListener(t,()=>ct(n));let i=e[ye];e[ye]=i?()=>{i(),r(!0)}:()=>r(!0),st()}function ut(e,t,n,r){let i=Qe()?mt:vt;var a=e.filter(e=>!e.settled),o=t.map(i);if(n.length===0&&a.length===0){r(o);return}var s=H,c=dt(),l=a.length===1?a[0].promise:a.length>1?Promise.all(a.map(e=>e.promise)):null;function u(e){if(!(s.f&16384)){c();try{r([...o,...e])}catch(e){_n(e,s)}ft()}}var d=pt();if(n.length===0){l.then(()=>u([])).finally(d);return}function f(){Promise.all(n.map(e=>gt(e))).then(u).catch(e=>_n(e,s)).finally(d)}l?l.then(()=>{s.f&16384?d():(c(),f(),ft())}):f()}function dt(){var e=H,t=z,n=O,r=j;return function(i=!0){U(e),V(t),Je(n),i&&!(e.f&16384)&&(r?.activate(),r?.apply())}}function ft(e=!0){U(null),V(null),Je(null),e&&j?.deactivate()}function pt(){var e=H,t=e.b,n=j,r=!!t?.is_rendered();return t?.update_pending_count(1,n),n.increment(r,e),()=>{t?.update_pending_count(-1,n),n.decrement(r,e)}}function mt(e){var t=2|x;return H!==null&&(H.f|=ae),{ctx:O,deps:null,effects:null,equals:Ne,f:t,fn:e,reactions:null,rv:0,v:C,wv:0,parent:H,ac:null}}var ht=Symbol(`obsolete`);function gt(e,t,n){let r=H;r===null&&Le();var i=void 0,a=Wt(C),o=!z,s=new Set;return Dn(()=>{var t=H,n=v();i=n.promise;try{Promise.resolve(e()).then(n.resolve,e=>{e!==be&&n.reject(e)}).finally(ft)}catch(e){n.reject(e),ft()}var c=j;if(o){if(t.f&32768)var l=pt();if(r.b?.is_rendered())c.async_deriveds.get(t)?.reject(ht);else for(let e of s.values())e.reject(ht);s.add(n),c.async_deriveds.set(t,n)}let u=(e,t=void 0)=>{l?.(),s.delete(n),t!==ht&&(c.activate(),t?(a.f|=ue,Xt(a,t)):(a.f&8388608&&(a.f^=ue),Xt(a,e)),c.deactivate())};n.promise.then(u,e=>u(null,e||`unknown`))}),Sn(()=>{for(let e of s)e.reject(ht)}),new Promise(e=>{function t(n){function r(){n===i?e(a):t(i)}n.then(r,r)}t(i)})}function _t(e){let t=mt(e);return Wn(t),t}function vt(e){let t=mt(e);return t.equals=Fe,t}function yt(e){var t=e.effects;if(t!==null){e.effects=null;for(var n=0;n<t.length;n+=1)R(t[n])}}function bt(e){var t,n=H,r=e.parent;if(!Hn&&r!==null&&e.v!==C&&r.f&24576)return we(),e.v;U(r);try{yt(e),t=$n(e)}finally{U(n)}return t}function xt(e){var t=bt(e);!e.equals(t)&&(e.wv=Xn(),(!j?.is_fork||e.deps===null)&&(j===null?e.v=t:(j.capture(e,t,!0),Tt?.capture(e,t,!0)),e.deps===null))?A(e,b):Hn||(M===null?rt(e):(xn()||j?.is_fork)&&M.set(e,t))}function St(e){if(e.effects!==null)for(let t of e.effects)(t.teardown||t.ac)&&(t.teardown?.(),t.ac!==null&&ct(()=>{t.ac.abort(be),t.ac=null}),t.fn!==null&&(t.teardown=h),nr(t,0),Mn(t))}function Ct(e){if(e.effects!==null)for(let t of e.effects)t.teardown&&t.fn!==null&&rr(t)}var wt=null,j=null,Tt=null,M=null,Et=null,Dt=!1,Ot=!1,kt=null,At=null,jt=0,Mt=1,Nt=class e{id=Mt++;started=!1;linked=!0;prev=null;next=null;async_deriveds=new Map;current=new Map;previous=new Map;#e=new Set;#t=new Set;#n=0;#r=new Map;#i=null;#a=[];#o=[];#s=new Map;#c=new Map;#l=new Set;is_fork=!1;#u=!1;constructor(){wt===null?wt=this:(wt.next=this,this.prev=wt),wt=this}#d(){if(this.is_fork)return!0;for(let e of this.#r.keys())if(!this.#f(e))return!0;return!1}#f(e){for(var t=e;t!==null;t=t.parent)if(this.#c.has(t))return!0;return!1}skip_effect(e){this.#c.has(e)||this.#c.set(e,{d:[],m:[]}),this.#l.delete(e)}unskip_effect(e,t=e=>this.schedule(e)){var n=this.#c.get(e);if(n){this.#c.delete(e);for(var r of n.d)A(r,x),t(r);for(r of n.m)A(r,S),t(r)}this.#l.add(e)}#p(){var e=[];for(let i of this.#a)if(!(i.f&16384||!(i.f&6144))){for(var t=i,n=!1;t.parent!==null;){t=t.parent;var r=t.f;if(r&96){if(!(r&1024)){n=!0;break}t.f^=b}}n||e.push(t)}return this.#a=[],e}#m(){this.started=!0;for(let[e,t]of this.#s)A(e,t),this.schedule(e);this.apply();for(var t=kt=[],n=[],r=At=[];this.#a.length>0;){jt++>1e3&&(this.#b(),Ft());for(let e of this.#p())try{this.#h(e,t,n)}catch(t){throw Bt(e),this.#d()||this.discard(),t}}if(j=null,r.length>0){var i=e.ensure();for(let e of r)i.schedule(e)}if(kt=null,At=null,this.#d()){this.#y(n),this.#y(t);for(let[e,t]of this.#c)zt(e,t);r.length>0&&j.#m();return}let a=this.#g();if(a)this.#y(n),this.#y(t),a.#v(this);else{this.#s.clear();for(let e of this.#e)e(this);this.#e.clear(),Tt=this,Lt(n),Lt(t),Tt=null,this.#i?.resolve();var o=j;this.#n===0&&(this.#a.length===0||o!==null)&&this.#b(),o!==null&&(Ht.clear(),o.#m())}}#h(e,t,n){e.f^=b;for(var r=e.first;r!==null;){var i=r.f,a=!!(i&96);if(!(a&&i&1024||i&8192||this.#c.has(r))&&r.fn!==null){a?r.f^=b:i&4?t.push(r):Zn(r)&&(i&16&&this.add_dirty_reaction(r,S),rr(r));var o=r.first;if(o!==null){r=o;continue}}for(;r!==null;){var s=r.next;if(s!==null){r=s;break}r=r.parent}}}#g(){for(var e=this.prev;e!==null;e=e.prev)if(!e.is_fork&&this.#_(e))return e;return null}#_(e){for(let[t,[,n]]of this.current)if(!n&&e.current.has(t))return!0;return!1}#v(e){for(let[t,n]of e.current)!this.previous.has(t)&&e.previous.has(t)&&this.previous.set(t,e.previous.get(t)),this.current.set(t,n);for(let[t,n]of e.async_deriveds){let e=this.async_deriveds.get(t);e&&n.promise.then(e.resolve).catch(e.reject)}e.async_deriveds.clear(),this.transfer_reactions(e.#s);let t=e=>{var n=e.reactions;if(n!==null&&!(e.f&2&&!(e.f&6144)))for(let e of n){var r=e.f;if(r&2)t(e);else{var i=e;r&4194320&&!this.async_deriveds.has(i)&&(this.#s.delete(i),A(i,x),this.schedule(i))}}};for(let e of this.current.keys())t(e);this.oncommit(()=>e.discard()),e.#b(),j=this,this.#m()}#y(e){for(var t=0;t<e.length;t+=1)it(e[t],this.#s)}capture(e,t,n=!1){e.v!==C&&!this.previous.has(e)&&this.previous.set(e,e.v),e.f&8388608||(this.current.set(e,[t,n]),M?.set(e,t)),this.is_fork||(e.v=t)}activate(){j=this}deactivate(){j=null,M=null}flush(){try{Ot=!0,j=this,this.#m()}finally{jt=0,Et=null,kt=null,At=null,Ot=!1,j=null,M=null,Ht.clear()}}discard(){for(let e of this.#t)e(this);this.#t.clear();for(let e of this.async_deriveds.values())e.reject(ht);this.#b(),this.#i?.resolve()}register_created_effect(e){this.#o.push(e)}increment(e,t){if(this.#n+=1,e){let e=this.#r.get(t)??0;this.#r.set(t,e+1)}}decrement(e,t){if(--this.#n,e){let e=this.#r.get(t)??0;e===1?this.#r.delete(t):this.#r.set(t,e-1)}this.#u||(this.#u=!0,k(()=>{this.#u=!1,this.linked&&this.flush()}))}transfer_reactions(e){for(let[t,n]of e)this.add_dirty_reaction(t,n);e.clear()}add_dirty_reaction(e,t){(t===2048||this.#s.get(e)!==2048)&&this.#s.set(e,t)}oncommit(e){this.#e.add(e)}ondiscard(e){this.#t.add(e)}settled(){return(this.#i??=v()).promise}static ensure(){if(j===null){let t=j=new e;!Ot&&!Dt&&k(()=>{t.started||t.flush()})}return j}apply(){M=null}schedule(e){Et=e,e.b?.is_pending&&e.f&16777228&&!(e.f&32768)?e.b.defer_effect(e):this.#a.push(e)}#b(){if(this.linked){var e=this.prev,t=this.next;e===null||(e.next=t),t===null?wt=e:t.prev=e,this.linked=!1}}};function Pt(e){var t=Dt,n=Tt;Tt=null,Dt=!0;try{var r;for(e&&(Pt(),r=e());;){if(tt(),j===null)return r;j.flush()}}finally{Dt=t,Tt=n}}function Ft(){try{He()}catch(e){_n(e,Et)}}var It=null;function Lt(e){var t=e.length;if(t!==0){for(var n=0;n<t;){var r=e[n++];if(!(r.f&24576)&&Zn(r)&&(It=new Set,rr(r),r.deps===null&&r.first===null&&r.nodes===null&&r.teardown===null&&r.ac===null&&Fn(r),It?.size>0)){Ht.clear();for(let e of It){if(e.f&24576)continue;let t=[e],n=e.parent;for(;n!==null;)It.has(n)&&(It.delete(n),t.push(n)),n=n.parent;for(let e=t.length-1;e>=0;e--){let n=t[e];n.f&24576||rr(n)}}It.clear()}}It=null}}function Rt(e){j.schedule(e)}function zt(e,t){if(!(e.f&32&&e.f&1024)){e.f&2048?t.d.push(e):e.f&4096&&t.m.push(e),A(e,b);for(var n=e.first;n!==null;)zt(n,t),n=n.next}}function Bt(e){A(e,b);for(var t=e.first;t!==null;)Bt(t),t=t.next}var Vt=new Set,Ht=new Map,Ut=!1;function Wt(e,t){return{f:0,v:e,reactions:null,equals:Ne,rv:0,wv:0}}function Gt(e,t){let n=Wt(e,t);return Wn(n),n}function Kt(e,t=!1,n=!0){let r=Wt(e);return t||(r.equals=Fe),r}function qt(e,t,n=!1){return z!==null&&(!B||z.f&131072)&&Qe()&&z.f&4325394&&(W===null||!W.has(e))&&Ke(),Xt(e,n?N(t):t,At)}var Jt=null,Yt=0;function Xt(e,t,n=null){if(!e.equals(t)){Hn?Ht.set(e,t):Ht.has(e)||Ht.set(e,e.v);var r=Nt.ensure();if(r.capture(e,t),e.f&2){let t=e;e.f&2048&&bt(t),M===null&&rt(t)}e.wv=Xn(),Jt=null,Yt=0,$t(e,x,n),Jt=null,Qe()&&H!==null&&H.f&1024&&!(H.f&96)&&(q===null?Gn([e]):q.push(e)),!r.is_fork&&Vt.size>0&&!Ut&&Zt()}return t}function Zt(){Ut=!1;for(let e of Vt){e.f&1024&&A(e,S);let t;try{t=Zn(e)}catch{t=!0}t&&rr(e)}Vt.clear()}function Qt(e){qt(e,e.v+1)}function $t(e,t,n){var r=e.reactions;if(r!==null){var i=Qe(),a=r.length;if(Yt+=a,Yt>1e5&&Jt===null&&(Jt=new Set),Jt!==null){if(Jt.has(e))return;Jt.add(e)}for(var o=0;o<a;o++){var s=r[o],c=s.f;if(i||s!==H){var l=(c&x)===0;if(l&&A(s,t),c&131072)Vt.add(s);else if(c&2){var u=s;M?.delete(u),$t(u,S,n)}else if(l){var d=s;c&16&&It!==null&&It.add(d),n===null?Rt(d):n.push(d)}}}}}function N(e){if(typeof e!=`object`||!e||de in e||fe in e)return e;let t=p(e);if(t!==d&&t!==f)return e;var n=new Map,r=i(e),a=Gt(0),o=null,s=Jn,c=e=>{if(Jn===s)return e();var t=z,n=Jn;V(null),Yn(s);var r=e();return V(t),Yn(n),r};return r&&n.set(`length`,Gt(e.length,o)),new Proxy(e,{defineProperty(e,t,r){`value`in r&&r.configurable!==!1&&r.enumerable!==!1&&r.writable!==!1||We();var i=n.get(t);return i===void 0?c(()=>{var e=Gt(r.value,o);return n.set(t,e),e}):qt(i,r.value,!0),!0},deleteProperty(e,t){var r=n.get(t);if(r===void 0){if(t in e){let e=c(()=>Gt(C,o));n.set(t,e),Qt(a)}}else qt(r,C),Qt(a);return!0},get(t,r,i){if(r===de)return e;var a=n.get(r),s=r in t;if(a===void 0&&(!s||l(t,r)?.writable)&&(a=c(()=>Gt(N(s?t[r]:C),o)),n.set(r,a)),a!==void 0){var u=J(a);return u===C?void 0:u}return Reflect.get(t,r,i)},getOwnPropertyDescriptor(e,t){this.has?.(e,t);var r=Reflect.getOwnPropertyDescriptor(e,t),i=n.get(t);if(i!==void 0){var a=J(i);if(a===C)return;if(r&&`value`in r)r.value=a;else return{enumerable:!0,configurable:!0,value:a,writable:!0}}return r},has(e,t){if(t===de)return!0;var r=n.get(t),i=r!==void 0&&r.v!==C||Reflect.has(e,t);return(r!==void 0||(H!==null||z!==null)&&(!i||l(e,t)?.writable))&&(r===void 0&&(r=c(()=>Gt(i?N(e[t]):C,o)),n.set(t,r)),J(r)===C)?!1:i},set(e,t,i,s){var u=n.get(t),d=t in e;if(r&&t===`length`)for(var f=i;f<u.v;f+=1){var p=n.get(f+``);p===void 0?f in e&&(p=c(()=>Gt(C,o)),n.set(f+``,p)):qt(p,C)}if(u===void 0)(!d||l(e,t)?.writable)&&(u=c(()=>Gt(void 0,o)),qt(u,N(i)),n.set(t,u));else{d=u.v!==C;var m=c(()=>N(i));qt(u,m)}var h=Reflect.getOwnPropertyDescriptor(e,t);if(h?.set&&h.set.call(s,i),!d){if(r&&typeof t==`string`){var g=n.get(`length`),_=Number(t);Number.isInteger(_)&&_>=g.v&&qt(g,_+1)}Qt(a)}return!0},ownKeys(e){J(a);var t=Reflect.ownKeys(e).filter(e=>{var t=n.get(e);return t===void 0||t.v!==C});for(var[r,i]of n)i.v!==C&&!(r in e)&&t.push(r);return t},setPrototypeOf(){Ge()}})}function en(e){try{if(typeof e==`object`&&e&&de in e)return e[de]}catch{}return e}function tn(e,t){return Object.is(en(e),en(t))}var nn,rn,an,on;function sn(){if(nn===void 0){nn=window,rn=/Firefox/.test(navigator.userAgent);var e=Element.prototype,t=Node.prototype,n=Text.prototype;an=l(t,`firstChild`).get,on=l(t,`nextSibling`).get,m(e)&&(e[ge]=void 0,e[he]=null,e[_e]=void 0,e.__e=void 0),m(n)&&(n[ve]=void 0)}}function P(e=``){return document.createTextNode(e)}function cn(e){return an.call(e)}function ln(e){return on.call(e)}function F(e,t){if(!w)return cn(e);var n=cn(T);if(n===null)n=T.appendChild(P());else if(t&&n.nodeType!==3){var r=P();return n?.before(r),E(r),r}return t&&hn(n),E(n),n}function un(e,t=!1){if(!w){var n=cn(e);return n instanceof Comment&&n.data===``?ln(n):n}if(t){if(T?.nodeType!==3){var r=P();return T?.before(r),E(r),r}hn(T)}return T}function dn(e,t=!1){if(!w)return cn(e);var n=F(e,t);return D(e),n}function I(e,t=1,n=!1){let r=w?T:e;for(var i;t--;)i=r,r=ln(r);if(!w)return r;if(n){if(r?.nodeType!==3){var a=P();return r===null?i?.after(a):r.before(a),E(a),a}hn(r)}return E(r),r}function fn(e){e.textContent=``}function pn(){return!1}function mn(e,t,n){return t==null||t===`http://www.w3.org/1999/xhtml`?n?document.createElement(e,{is:n}):document.createElement(e):n?document.createElementNS(t,e,{is:n}):document.createElementNS(t,e)}function hn(e){if(e.nodeValue.length<65536)return;let t=e.nextSibling;for(;t!==null&&t.nodeType===3;)t.remove(),e.nodeValue+=t.nodeValue,t=e.nextSibling}function gn(e){var t=H;if(t===null)return z.f|=ue,e;if(!(t.f&32768)&&!(t.f&4))throw e;_n(e,t)}function _n(e,t){if(e===Se)throw e;if(!(t!==null&&t.f&16384)){for(;t!==null;){if(t.f&128&&!(t.f&33570816)){if(!(t.f&32768))throw e;try{t.b.error(e);return}catch(t){e=t}}t=t.parent}throw e}}function vn(e){H===null&&(z===null&&Ve(e),Be()),Hn&&ze(e)}function yn(e,t){var n=t.last;n===null?t.last=t.first=e:(n.next=e,e.prev=n,t.last=e)}function bn(e,t){var n=H;n!==null&&n.f&8192&&(e|=ee);var r={ctx:O,deps:null,nodes:null,f:e|x|512,first:null,fn:t,last:null,next:null,parent:n,b:n&&n.b,prev:null,teardown:null,wv:0,ac:null};j?.register_created_effect(r);var i=r;if(e&4)kt===null?Nt.ensure().schedule(r):kt.push(r);else if(t!==null){try{rr(r)}catch(e){throw R(r),e}i.deps===null&&i.teardown===null&&i.nodes===null&&i.first===i.last&&!(i.f&524288)&&(i=i.first,e&16&&e&65536&&i!==null&&(i.f|=ie))}if(i!==null&&(i.parent=n,n!==null&&yn(i,n),z!==null&&z.f&2&&!(e&64))){var a=z;(a.effects??=[]).push(i)}return r}function xn(){return z!==null&&!B}function Sn(e){let t=bn(8,null);return A(t,b),t.teardown=e,t}function Cn(e){vn(`$effect`);var t=H.f;if(!z&&t&32&&O!==null&&!O.i){var n=O;(n.e??=[]).push(e)}else return wn(e)}function wn(e){return bn(4|oe,e)}function Tn(e){Nt.ensure();let t=bn(64|ae,e);return(e={})=>new Promise(n=>{e.outro?In(t,()=>{R(t),n(void 0)}):(R(t),n(void 0))})}function En(e){return bn(4,e)}function Dn(e){return bn(le|ae,e)}function On(e,t=0){return bn(8|t,e)}function kn(e,t=[],n=[],r=[]){ut(r,t,n,t=>{bn(8,()=>{e(...t.map(J))})})}function An(e,t=0){return bn(16|t,e)}function L(e){return bn(32|ae,e)}function jn(e){var t=e.teardown;if(t!==null){let n=Hn,r=z;Un(!0),V(null);try{t.call(null)}catch(t){_n(t,e.parent)}finally{Un(n),V(r)}}}function Mn(e,t=!1){var n=e.first;for(e.first=e.last=null;n!==null;){let e=n.ac;e!==null&&ct(()=>{e.abort(be)});var r=n.next;n.f&64?n.parent=null:R(n,t),n=r}}function Nn(e){for(var t=e.first;t!==null;){var n=t.next;t.f&32||R(t),t=n}}function R(e,t=!0){var n=!1;(t||e.f&262144)&&e.nodes!==null&&e.nodes.end!==null&&(Pn(e.nodes.start,e.nodes.end),n=!0),e.f|=re,Mn(e,t&&!n),nr(e,0);var r=e.nodes&&e.nodes.t;if(r!==null)for(let e of r)e.stop();jn(e),e.f^=re,e.f|=te;var i=e.parent;i!==null&&i.first!==null&&Fn(e),e.next=e.prev=e.teardown=e.ctx=e.deps=e.fn=e.nodes=e.ac=e.b=null}function Pn(e,t){for(;e!==null;){var n=e===t?null:ln(e);e.remove(),e=n}}function Fn(e){var t=e.parent,n=e.prev,r=e.next;n!==null&&(n.next=r),r!==null&&(r.prev=n),t!==null&&(t.first===e&&(t.first=r),t.last===e&&(t.last=n))}function In(e,t,n=!0){var r=[];e.f|=256,Ln(e,r,!0);var i=()=>{n&&R(e),t&&t()},a=r.length;if(a>0){var o=()=>--a||i();for(var s of r)s.out(o)}else i()}function Ln(e,t,n){if(!(e.f&8192)){e.f^=ee;var r=e.nodes&&e.nodes.t;if(r!==null)for(let e of r)(e.is_global||n)&&t.push(e);for(var i=e.first;i!==null;){var a=i.next;if(!(i.f&64)){var o=!!(i.f&65536)||!!(i.f&32)&&!!(e.f&16);Ln(i,t,o?n:!1)}i=a}}}function Rn(e){e.f&=-257,zn(e,!0)}function zn(e,t){if(!(e.f&256)&&e.f&8192){e.f^=ee,e.f&1024||(A(e,x),Nt.ensure().schedule(e));for(var n=e.first;n!==null;){var r=n.next,i=!!(n.f&65536)||!!(n.f&32);zn(n,i?t:!1),n=r}var a=e.nodes&&e.nodes.t;if(a!==null)for(let e of a)(e.is_global||t)&&e.in()}}function Bn(e,t){if(e.nodes)for(var n=e.nodes.start,r=e.nodes.end;n!==null;){var i=n===r?null:ln(n);t.append(n),n=i}}var Vn=null,Hn=!1;function Un(e){Hn=e}var z=null,B=!1;function V(e){z=e}var H=null;function U(e){H=e}var W=null;function Wn(e){z!==null&&(z.f&2097152||z.f&2)&&(W??=new Set).add(e)}var G=null,K=0,q=null;function Gn(e){q=e}var Kn=1,qn=0,Jn=qn;function Yn(e){Jn=e}function Xn(){return++Kn}function Zn(e){var t=e.f;if(t&2048)return!0;if(t&4096){for(var n=e.deps,r=n.length,i=0;i<r;i++){var a=n[i];if(Zn(a)&&xt(a),a.wv>e.wv)return!0}t&512&&M===null&&A(e,b)}return!1}function Qn(e,t,n=!0){var r=e.reactions;if(r!==null&&!(W!==null&&W.has(e)))for(var i=0;i<r.length;i++){var a=r[i];a.f&2?Qn(a,t,!1):t===a&&(n?A(a,x):a.f&1024&&A(a,S),Rt(a))}}function $n(e){var t=G,n=K,r=q,i=z,a=W,o=O,s=B,c=Jn,l=e.f;G=null,K=0,q=null,z=l&96?null:e,W=null,Je(e.ctx),B=!1,Jn=++qn,e.ac!==null&&(ct(()=>{e.ac.abort(be)}),e.ac=null);try{e.f|=ce;var u=(0,e.fn)();e.f|=ne;var d=er(e);if(Qe()&&q!==null&&!B&&d!==null&&!(e.f&6146))for(var f=0;f<q.length;f++)Qn(q[f],e);if(i!==null&&i!==e){if(qn++,i.deps!==null)for(let e=0;e<n;e+=1)i.deps[e].rv=qn;if(t!==null)for(let e of t)e.rv=qn;q!==null&&(r===null?r=q:r.push(...q))}return e.f&8388608&&(e.f^=ue),u}catch(t){return er(e),gn(t)}finally{e.f^=ce,G=t,K=n,q=r,z=i,W=a,Je(o),B=s,Jn=c}}function er(e){var t=e.deps,n=j?.is_fork;if(G!==null){var r;if(n||nr(e,K),t!==null&&K>0)for(t.length=K+G.length,r=0;r<G.length;r++)t[K+r]=G[r];else e.deps=t=G;if(xn()&&e.f&512)for(r=K;r<t.length;r++)(t[r].reactions??=[]).push(e)}else!n&&t!==null&&K<t.length&&(nr(e,K),t.length=K);return t}function tr(e,t){let n=t.reactions;if(n!==null){var r=a.call(n,e);if(r!==-1){var i=n.length-1;i===0?n=t.reactions=null:(n[r]=n[i],n.pop())}}if(n===null&&t.f&2&&(G===null||!o.call(G,t))){var s=t;s.f&512&&(s.f^=512),s.v!==C&&rt(s),s.ac!==null&&ct(()=>{s.ac.abort(be),s.ac=null,A(s,x)}),St(s),nr(s,0)}}function nr(e,t){var n=e.deps;if(n!==null)for(var r=t;r<n.length;r++)tr(e,n[r])}function rr(e){var t=e.f;if(!(t&16384)){A(e,b);var n=H;H=e;try{t&16777232?Nn(e):Mn(e),jn(e);var r=$n(e);e.teardown=typeof r==`function`?r:null,e.wv=Kn}finally{H=n}}}async function ir(){await Promise.resolve(),Pt()}function J(e){var t=!!(e.f&2);if(Vn?.add(e),z!==null&&!B&&!(H!==null&&H.f&16384)&&(W===null||!W.has(e))){var n=z.deps;if(z.f&2097152)e.rv<qn&&(e.rv=qn,G===null&&n!==null&&n[K]===e?K++:G===null?G=[e]:G.push(e));else{z.deps??=[],o.call(z.deps,e)||z.deps.push(e);var r=e.reactions;r===null?e.reactions=[z]:o.call(r,z)||r.push(z)}}if(Hn&&Ht.has(e))return Ht.get(e);if(t){var i=e;if(Hn){var a=i.v;return(!(i.f&1024)&&i.reactions!==null||or(i))&&(a=bt(i)),Ht.set(i,a),a}var s=!(i.f&512)&&!B&&z!==null&&!!(z.f&512),c=(i.f&ne)===0;Zn(i)&&(s&&(i.f|=512),xt(i)),s&&!c&&(Ct(i),ar(i))}if(M?.has(e))return M.get(e);if(e.f&8388608)throw e.v;return e.v}function ar(e){if(e.f|=512,e.deps!==null)for(let n of e.deps){var t=n.reactions;t===null?n.reactions=[e]:o.call(t,e)||t.push(e),n.f&2&&!(n.f&512)&&(Ct(n),ar(n))}}function or(e){if(e.v===C)return!0;if(e.deps===null)return!1;for(let t of e.deps)if(Ht.has(t)||t.f&2&&or(t))return!0;return!1}function sr(e){var t=B;try{return B=!0,e()}finally{B=t}}[...`allowfullscreen.async.autofocus.autoplay.checked.controls.default.disabled.formnovalidate.indeterminate.inert.ismap.loop.multiple.muted.nomodule.novalidate.open.playsinline.readonly.required.reversed.seamless.selected.webkitdirectory.defer.disablepictureinpicture.disableremoteplayback`.split(`.`)];var cr=[`touchstart`,`touchmove`];function lr(e){return cr.includes(e)}var ur=Symbol(`events`),dr=new Set,fr=new Set;function pr(e,t,n,r={}){function i(e){if(r.capture||yr.call(t,e),!e.cancelBubble)return ct(()=>n?.call(this,e))}return e.startsWith(`pointer`)||e.startsWith(`touch`)||e===`wheel`?(i.__removed=!1,k(()=>{i.__removed||t.addEventListener(e,i,r)})):t.addEventListener(e,i,r),i}function mr(e,t,n,r,i){var a={capture:r,passive:i},o=pr(e,t,n,a);(t===document.body||t===window||t===document||t instanceof HTMLMediaElement)&&Sn(()=>{o.__removed=!0,t.removeEventListener(e,o,a)})}function hr(e,t,n){(t[ur]??={})[e]=n}function gr(e){for(var t=0;t<e.length;t++)dr.add(e[t]);for(var n of fr)n(e)}var _r=null,vr=!1;function yr(e){var t=this,n=t.ownerDocument,r=e.type,i=e.composedPath?.()||[],a=i[0]||e.target;_r=e,vr||(vr=!0,setTimeout(()=>{vr=!1,_r=null}));var o=0,s=_r===e&&e[ur];if(s){var l=i.indexOf(s);if(l!==-1&&(t===document||t===window)){e[ur]=t;return}var u=i.indexOf(t);if(u===-1)return;l<=u&&(o=l)}if(a=i[o]||e.target,a!==t){c(e,`currentTarget`,{configurable:!0,get(){return a||n}});var d=z,f=H;V(null),U(null);try{for(var p,m=[];a!==null&&a!==t;){try{var h=a[ur]?.[r];h==null||a.disabled&&e.target!==a||h.call(a,e)}catch(e){p?m.push(e):p=e}if(e.cancelBubble)break;o++,a=o<i.length?i[o]:null}if(p){for(let e of m)queueMicrotask(()=>{throw e});throw p}}finally{e[ur]=t,delete e.currentTarget,V(d),U(f)}}}var br=globalThis?.window?.trustedTypes&&globalThis.window.trustedTypes.createPolicy(`svelte-trusted-html`,{createHTML:e=>e});function xr(e){return br?.createHTML(e)??e}function Sr(e){var t=mn(`template`);return t.innerHTML=xr(e.replaceAll(`<!>`,`<!---->`)),t.content}function Cr(e,t){var n=H;n.nodes===null&&(n.nodes={start:e,end:t,a:null,t:null})}function wr(e,t){var n=!!(t&1),r=!!(t&2),i,a=!e.startsWith(`<!>`);return()=>{if(w)return Cr(T,null),T;i===void 0&&(i=Sr(a?e:`<!>`+e),n||(i=cn(i)));var t=r||rn?document.importNode(i,!0):i.cloneNode(!0);return n?Cr(cn(t),t.lastChild):Cr(t,t),t}}function Tr(e=``){if(!w){var t=P(e+``);return Cr(t,t),t}var n=T;return n.nodeType===3?hn(n):(n.before(n=P()),E(n)),Cr(n,n),n}function Er(){if(w)return Cr(T,null),T;var e=document.createDocumentFragment(),t=document.createComment(``),n=P();return e.append(t,n),Cr(t,n),e}function Y(e,t){if(w){var n=H;n.f&32768&&n.nodes.end!==null||(n.nodes.end=T),ke()}else e!==null&&e.before(t)}function Dr(e){let t=0,n=Wt(0),r;return()=>{xn()&&(J(n),On(()=>(t===0&&(r=sr(()=>e(()=>Qt(n)))),t+=1,()=>{k(()=>{--t,t===0&&(r?.(),r=void 0,Qt(n))})})))}}var Or=ie|ae;function kr(e,t,n,r){new Ar(e,t,n,r)}var Ar=class{parent;is_pending=!1;transform_error;#e;#t=w?T:null;#n;#r;#i;#a=null;#o=null;#s=null;#c=null;#l=0;#u=0;#d=!1;#f=new Map;#p=null;#m=Dr(()=>(this.#p=Wt(this.#l),()=>{this.#p=null}));constructor(e,t,n,r){this.#e=e,this.#n=t,this.#r=e=>{var t=H;t.b=this,t.f|=128,n(e)},this.parent=H.b,this.transform_error=r??this.parent?.transform_error??(e=>e),this.#i=An(()=>{if(w){let e=Me(this.#t);ke();let t=e===`[!`;if(e.startsWith(`[?`)){let t=JSON.parse(e.slice(2));this.#g(t)}else t?this.#y():this.#h()}else this.#b()},Or),w&&(this.#e=T)}#h(){try{this.#a=L(()=>this.#r(this.#e))}catch(e){this.error(e)}}#g(e){let t=this.#n.failed,{reset:n,invoke_onerror:r}=this.#_(e);k(r),t&&(this.#s=L(()=>{t(this.#e,()=>e,()=>n)}))}#_(e){var t=!1,n=!1;let r=()=>{this.#v()||(t?De():(t=!0,n&&qe(),this.#s!==null&&In(this.#s,()=>{this.#s=null}),this.#S(()=>{this.#b()})))};return{reset:r,invoke_onerror:()=>{if(!this.#v())try{n=!0,this.#n.onerror?.(e,r),n=!1}catch(e){_n(e,this.#i&&this.#i.parent)}}}}#v(){return(this.#i.f&(te|re))!==0}#y(){let e=this.#n.pending;e&&(this.is_pending=!0,this.#o=L(()=>e(this.#e)),k(()=>{if(!this.#v()){var e=this.#c=document.createDocumentFragment(),t=P(),n=!1;e.append(t),this.#a=this.#S(()=>{try{return L(()=>this.#r(t))}catch(e){try{this.error(e),n=!0}catch(e){_n(e,this.#i.parent)}return null}}),this.#a===null?(this.#c=null,n&&this.#x(j)):this.#u===0&&(this.#e.before(e),this.#c=null,In(this.#o,()=>{this.#o=null}),this.#x(j))}}))}#b(){try{if(this.is_pending=this.has_pending_snippet(),this.#u=0,this.#l=0,this.#a=L(()=>{this.#r(this.#e)}),this.#u>0){var e=this.#c=document.createDocumentFragment();Bn(this.#a,e);let t=this.#n.pending;this.#o=L(()=>t(this.#e))}else this.#x(j)}catch(e){this.error(e)}}#x(e){this.is_pending=!1,e.transfer_reactions(this.#f)}defer_effect(e){it(e,this.#f)}is_rendered(){return!this.is_pending&&(!this.parent||this.parent.is_rendered())}has_pending_snippet(){return!!this.#n.pending}#S(e){var t=H,n=z,r=O;U(this.#i),V(this.#i),Je(this.#i.ctx);try{return Nt.ensure(),e()}finally{U(t),V(n),Je(r)}}#C(e,t){this.has_pending_snippet()?(this.#u+=e,this.#u===0&&(this.#x(t),this.#o&&In(this.#o,()=>{this.#o=null}),this.#c&&=(this.#e.before(this.#c),null))):this.parent&&this.parent.#C(e,t)}update_pending_count(e,t){this.#C(e,t),this.#l+=e,!this.#p||this.#d||(this.#d=!0,k(()=>{this.#d=!1,this.#p&&Xt(this.#p,this.#l)}))}get_effect_pending(){return this.#m(),J(this.#p)}error(e){if(e===Se||!this.#n.onerror&&!this.#n.failed)throw e;j?.is_fork?(this.#a&&j.skip_effect(this.#a),this.#o&&j.skip_effect(this.#o),this.#s&&j.skip_effect(this.#s),j.oncommit(()=>{this.#v()||this.#w(e)})):this.#w(e)}#w(e){this.#a&&=(R(this.#a),null),this.#o&&=(R(this.#o),null),this.#s&&=(R(this.#s),null),w&&(E(this.#t),Ae(),E(je()));let t=this.#n.failed,n=e=>{if(this.#v())return;let{reset:n,invoke_onerror:r}=this.#_(e);r(),t&&!this.#v()&&(this.#s=this.#S(()=>{try{return L(()=>{var r=H;r.b=this,r.f|=128,t(this.#e,()=>e,()=>n)})}catch(e){return _n(e,this.#i.parent),null}}))};k(()=>{if(!this.#v()){var t;try{t=this.transform_error(e)}catch(e){_n(e,this.#i&&this.#i.parent);return}typeof t==`object`&&t&&typeof t.then==`function`?t.then(n,e=>_n(e,this.#i&&this.#i.parent)):n(t)}})}};function jr(e,t){var n=t==null?``:typeof t==`object`?`${t}`:t;n!==(e[ve]??=e.nodeValue)&&(e[ve]=n,e.nodeValue=`${n}`)}function Mr(e,t){return Pr(e,t)}var Nr=new Map;function Pr(e,{target:t,anchor:n,props:r={},events:i,context:a,intro:o=!0,transformError:c}){sn();var l=void 0,u=Tn(()=>{var o=n??t.appendChild(P());kr(o,{pending:()=>{}},t=>{Ye({});var n=O;if(a&&(n.c=a),i&&(r.$$events=i),w&&Cr(t,null),l=e(t,r)||Ze(),w&&(H.nodes.end=T,T===null||T.nodeType!==8||T.data!==`]`))throw Te(),Se;Xe()},c);var u=new Set,d=e=>{for(var n=0;n<e.length;n++){var r=e[n];if(!u.has(r)){u.add(r);var i=lr(r);for(let e of[t,document]){var a=Nr.get(e);a===void 0&&(a=new Map,Nr.set(e,a));var o=a.get(r);o===void 0?(e.addEventListener(r,yr,{passive:i}),a.set(r,1)):a.set(r,o+1)}}}};return d(s(dr)),fr.add(d),()=>{for(var e of u)for(let n of[t,document]){var r=Nr.get(n),i=r.get(e);--i==0?(n.removeEventListener(e,yr),r.delete(e),r.size===0&&Nr.delete(n)):r.set(e,i)}fr.delete(d),o!==n&&o.parentNode?.removeChild(o)}});return Fr.set(l,u),l}var Fr=new WeakMap,Ir=class{anchor;#e=new Map;#t=new Map;#n=new Map;#r=new Set;#i=!0;constructor(e,t=!0){this.anchor=e,this.#i=t}#a=e=>{if(this.#e.has(e)){var t=this.#e.get(e),n=this.#t.get(t);if(n)Rn(n),this.#r.delete(t);else{var r=this.#n.get(t);r&&(Rn(r.effect),this.#t.set(t,r.effect),this.#n.delete(t),r.fragment.lastChild.remove(),this.anchor.before(r.fragment),n=r.effect)}for(let[t,n]of this.#e){if(this.#e.delete(t),t===e)break;let r=this.#n.get(n);r&&(R(r.effect),this.#n.delete(n))}for(let[e,r]of this.#t){if(e===t||this.#r.has(e))continue;let i=()=>{if(Array.from(this.#e.values()).includes(e)){var t=document.createDocumentFragment();Bn(r,t),t.append(P()),this.#n.set(e,{effect:r,fragment:t})}else R(r);this.#r.delete(e),this.#t.delete(e)};this.#i||!n?(this.#r.add(e),In(r,i,!1)):i()}}};#o=e=>{this.#e.delete(e);let t=Array.from(this.#e.values());for(let[e,n]of this.#n)t.includes(e)||(R(n.effect),this.#n.delete(e))};ensure(e,t){var n=j,r=pn();if(t&&!this.#t.has(e)&&!this.#n.has(e)){if(r){var i=document.createDocumentFragment(),a=P();i.append(a),this.#n.set(e,{effect:L(()=>t(a)),fragment:i})}else this.#t.set(e,L(()=>t(this.anchor)))}if(this.#e.set(n,e),r){for(let[t,r]of this.#t)t===e?n.unskip_effect(r):n.skip_effect(r);for(let[t,r]of this.#n)t===e?n.unskip_effect(r.effect):n.skip_effect(r.effect);n.oncommit(this.#a),n.ondiscard(this.#o)}else w&&(this.anchor=T),this.#a(n)}},Lr=0,Rr=1,zr=2;function Br(e,t,n,r,i){w&&ke();var a=Qe(),o=C,s=a?Wt(o):Kt(o,!1,!1),c=a?Wt(o):Kt(o,!1,!1),l=new Ir(e);An(()=>{var a=j,o=t(),u=!1;let d=w&&g(o)===(e.data===`[!`);if(d&&(E(je()),Oe(!1)),g(o)){var f=dt(),p=!1;let e=e=>{if(!u){p=!0,f(!1),j===a&&a.deactivate(),Nt.ensure();try{e()}finally{ft(!1),Dt||Pt()}}};o.then(t=>{e(()=>{Xt(s,t),l.ensure(Rr,r&&(e=>r(e,s)))})},t=>{e(()=>{if(Xt(c,t),l.ensure(zr,i&&(e=>i(e,c))),!i)throw c.v})}),w?l.ensure(Lr,n):k(()=>{p||e(()=>{l.ensure(Lr,n)})})}else Xt(s,o),l.ensure(Rr,r&&(e=>r(e,s)));return d&&Oe(!0),()=>{u=!0}})}function Vr(e,t,n=!1){var r;w&&(r=T,ke());var i=new Ir(e),a=n?ie:0;function o(e,t){if(w){var n=Me(r);if(e!==parseInt(n.substring(1))){var a=je();E(a),i.anchor=a,Oe(!1),i.ensure(e,t),Oe(!0);return}}i.ensure(e,t)}An(()=>{var e=!1;t((t,n=0)=>{e=!0,o(n,t)}),e||o(-1,null)},a)}function Hr(e,t){return t}function Ur(e,t,n){for(var r=[],i=t.length,a,o=t.length,c=0;c<i;c++){let n=t[c];In(n,()=>{if(a){if(a.pending.delete(n),a.done.add(n),a.pending.size===0){var t=e.outrogroups;Wr(e,s(a.done)),t.delete(a),t.size===0&&(e.outrogroups=null)}}else--o},!1)}if(o===0){var l=r.length===0&&n!==null&&e.pending.size===0;if(l){var u=n,d=u.parentNode;fn(d),d.append(u),e.items.clear()}Wr(e,t,!l)}else a={pending:new Set(t),done:new Set},(e.outrogroups??=new Set).add(a)}function Wr(e,t,n=!0){var r;if(e.pending.size>0){r=new Set;for(let t of e.pending.values())for(let n of t)r.add(e.items.get(n).e)}for(var i=0;i<t.length;i++){var a=t[i];r?.has(a)?(a.f|=se,Bn(a,document.createDocumentFragment())):R(t[i],n)}}var Gr;function Kr(e,t,n,r,a,o=null){var c=e,l=new Map;if(t&4){var u=e;c=w?E(cn(u)):u.appendChild(P())}w&&ke();var d=null,f=vt(()=>{var e=n();return i(e)?e:e==null?[]:s(e)}),p=new Map,m=!0;function h(e){if(!(_.effect.f&16384)){_.pending.delete(e);var n=J(f);_.fallback=d,Jr(_,n,c,t,r),d!==null&&(n.length===0?d.f&33554432?(d.f^=se,Xr(d,null,c)):Rn(d):In(d,()=>{d=null}))}}function g(e){_.pending.delete(e)}var _={effect:An(()=>{var e=J(f),i=e.length;let s=!1;w&&Me(c)===`[!`!=(i===0)&&(c=je(),E(c),Oe(!1),s=!0);for(var u=new Set,_=j,v=pn(),y=0;y<i;y+=1){w&&T.nodeType===8&&T.data===`]`&&(c=T,s=!0,Oe(!1));var b=e[y],x=r(b,y),S=m?null:l.get(x);S?(S.v&&Xt(S.v,b),S.i&&Xt(S.i,y),v&&_.unskip_effect(S.e)):(S=Yr(l,m?c:Gr??=P(),b,x,y,a,t,n),m||(S.e.f|=se),l.set(x,S)),u.add(x)}if(i===0&&o&&!d&&(m?d=L(()=>o(c)):(d=L(()=>o(Gr??=P())),d.f|=se)),i>u.size&&Re(``,``,``),w&&i>0&&E(je()),!m){if(p.set(_,u),v){for(let[e,t]of l)u.has(e)||_.skip_effect(t.e);_.oncommit(h),_.ondiscard(g)}else h(_)}s&&Oe(!0),J(f)}),flags:t,items:l,pending:p,outrogroups:null,fallback:d};m=!1,w&&(c=T)}function qr(e){for(;e!==null&&!(e.f&32);)e=e.next;return e}function Jr(e,t,n,r,i){var a=!!(r&8),o=t.length,c=e.items,l=qr(e.effect.first),u,d=null,f,p=[],m=[],h,g,_,v;if(a)for(v=0;v<o;v+=1)h=t[v],g=i(h,v),_=c.get(g).e,_.f&33554432||(_.nodes?.a?.measure(),(f??=new Set).add(_));for(v=0;v<o;v+=1){if(h=t[v],g=i(h,v),_=c.get(g).e,e.outrogroups!==null)for(let t of e.outrogroups)t.pending.delete(_),t.done.delete(_);if(_.f&8192&&(Rn(_),a&&(_.nodes?.a?.unfix(),(f??=new Set).delete(_))),_.f&33554432){if(_.f^=se,_===l)Xr(_,null,n);else{var y=d?d.next:l;_===e.effect.last&&(e.effect.last=_.prev),_.prev&&(_.prev.next=_.next),_.next&&(_.next.prev=_.prev),Zr(e,d,_),Zr(e,_,y),Xr(_,y,n),d=_,p=[],m=[],l=qr(d.next);continue}}if(_!==l){if(u!==void 0&&u.has(_)){if(p.length<m.length){var b=m[0],x;d=b.prev;var S=p[0],ee=p[p.length-1];for(x=0;x<p.length;x+=1)Xr(p[x],b,n);for(x=0;x<m.length;x+=1)u.delete(m[x]);Zr(e,S.prev,ee.next),Zr(e,d,S),Zr(e,ee,b),l=b,d=ee,--v,p=[],m=[]}else u.delete(_),Xr(_,l,n),Zr(e,_.prev,_.next),Zr(e,_,d===null?e.effect.first:d.next),Zr(e,d,_),d=_;continue}for(p=[],m=[];l!==null&&l!==_;)(u??=new Set).add(l),m.push(l),l=qr(l.next);if(l===null)continue}_.f&33554432||p.push(_),d=_,l=qr(_.next)}if(e.outrogroups!==null){for(let t of e.outrogroups)t.pending.size===0&&(Wr(e,s(t.done)),e.outrogroups?.delete(t));e.outrogroups.size===0&&(e.outrogroups=null)}if(l!==null||u!==void 0){var te=[];if(u!==void 0)for(_ of u)_.f&8192||te.push(_);for(;l!==null;)!(l.f&8192)&&l!==e.fallback&&te.push(l),l=qr(l.next);var ne=te.length;if(ne>0){var re=r&4&&o===0?n:null;if(a){for(v=0;v<ne;v+=1)te[v].nodes?.a?.measure();for(v=0;v<ne;v+=1)te[v].nodes?.a?.fix()}Ur(e,te,re)}}a&&k(()=>{if(f!==void 0)for(_ of f)_.nodes?.a?.apply()})}function Yr(e,t,n,r,i,a,o,s){var c=o&1?o&16?Wt(n):Kt(n,!1,!1):null,l=o&2?Wt(i):null;return{v:c,i:l,e:L(()=>(a(t,c??n,l??i,s),()=>{e.delete(r)}))}}function Xr(e,t,n){if(e.nodes)for(var r=e.nodes.start,i=e.nodes.end,a=t&&!(t.f&33554432)?t.nodes.start:n;r!==null;){var o=ln(r);if(a.before(r),r===i)return;r=o}}function Zr(e,t,n){t===null?e.effect.first=n:t.next=n,n===null?e.effect.last=t:n.prev=t}function Qr(e,t,...n){var r=new Ir(e);An(()=>{let e=t()??null;r.ensure(e,e&&(t=>e(t,...n)))},ie)}function $r(e,t,n){var r;w&&(r=T,ke());var i=new Ir(e);An(()=>{var e=t()??null;if(w&&Me(r)===`[`!=(e!==null)){var a=je();E(a),i.anchor=a,Oe(!1),i.ensure(e,e&&(t=>n(t,e))),Oe(!0)}else i.ensure(e,e&&(t=>n(t,e)))},ie)}var ei=[...` 	
\r\f\xA0\v﻿`];function ti(e,t,n){var r=e==null?``:``+e;if(t&&(r=r?r+` `+t:t),n){for(var i of Object.keys(n))if(n[i])r=r?r+` `+i:i;else if(r.length)for(var a=i.length,o=0;(o=r.indexOf(i,o))>=0;){var s=o+a;(o===0||ei.includes(r[o-1]))&&(s===r.length||ei.includes(r[s]))?r=(o===0?``:r.substring(0,o))+r.substring(s+1):o=s}}return r===``?null:r}function ni(e,t=!1){var n=t?` !important;`:`;`,r=``;for(var i of Object.keys(e)){var a=e[i];a!=null&&a!==``&&(r+=` `+i+`: `+a+n)}return r}function ri(e){return e[0]!==`-`||e[1]!==`-`?e.toLowerCase():e}function ii(e,t){if(t){var n=``,r,i;if(Array.isArray(t)?(r=t[0],i=t[1]):r=t,e){e=String(e).replaceAll(/\/\*.*?\*\//g,``).trim();var a=!1,o=0,s=!1,c=[];r&&c.push(...Object.keys(r).map(ri)),i&&c.push(...Object.keys(i).map(ri));var l=0,u=-1;let t=e.length;for(var d=0;d<t;d++){var f=e[d];if(s?f===`/`&&e[d-1]===`*`&&(s=!1):a?a===f&&(a=!1):f===`/`&&e[d+1]===`*`?s=!0:f===`"`||f===`'`?a=f:f===`(`?o++:f===`)`&&o--,!s&&a===!1&&o===0){if(f===`:`&&u===-1)u=d;else if(f===`;`||d===t-1){if(u!==-1){var p=ri(e.substring(l,u).trim());if(!c.includes(p)){f!==`;`&&d++;var m=e.substring(l,d).trim();n+=` `+m+`;`}}l=d+1,u=-1}}}}return r&&(n+=ni(r)),i&&(n+=ni(i,!0)),n=n.trim(),n===``?null:n}return e==null?null:String(e)}function ai(e,t,n,r,i,a){var o=e[ge];if(w||o!==n||o===void 0){var s=ti(n,r,a);w&&s===e.getAttribute(`class`)||(s==null?e.removeAttribute(`class`):t?e.className=s:e.setAttribute(`class`,s)),e[ge]=n}else if(a&&i!==a)for(var c in a){var l=!!a[c];(i==null||l!==!!i[c])&&e.classList.toggle(c,l)}return a}function oi(e,t={},n,r){for(var i in n){var a=n[i];t[i]!==a&&(n[i]==null?e.style.removeProperty(i):e.style.setProperty(i,a,r))}}function si(e,t,n,r){var i=e[_e];if(w||i!==t){var a=ii(t,r);w&&a===e.getAttribute(`style`)||(a==null?e.removeAttribute(`style`):e.style.cssText=a),e[_e]=t}else r&&(Array.isArray(r)?(oi(e,n?.[0],r[0]),oi(e,n?.[1],r[1],`important`)):oi(e,n,r));return r}function ci(e,t){t?e.hasAttribute(`selected`)||e.setAttribute(`selected`,``):e.removeAttribute(`selected`)}function li(e,t){var n=e.__defaultValue,r=e.multiple,a=r?n??[]:null;if(!r||i(a)){var o=e.selectedIndex,s=t&&r?new Set(e.selectedOptions):null;for(var c of e.options){var l=pi(c);ci(c,r?a.includes(l):tn(l,n))}if(t){if(s!==null)for(c of e.options){var u=s.has(c);c.selected!==u&&(c.selected=u)}else e.selectedIndex!==o&&(e.selectedIndex=o)}}}function ui(e,t,n=!1){if(e.multiple){if(t==null)return;if(!i(t))return Ee();for(var r of e.options)r.selected=t.includes(pi(r))}else{for(r of e.options)if(tn(pi(r),t)){r.selected=!0;return}n&&t===void 0||(e.selectedIndex=-1)}}function di(e){var t=new MutationObserver(t=>{t.every(mi)||(`__defaultValue`in e&&li(e,!1),`__value`in e&&ui(e,e.__value))});t.observe(e,{childList:!0,subtree:!0,attributes:!0,attributeFilter:[`value`]}),Sn(()=>{t.disconnect()})}function fi(e,t,n=t){var r=new WeakSet,i=!0;lt(e,`change`,t=>{var i=t?`[selected]`:`:checked`,a;if(e.multiple)a=[].map.call(e.querySelectorAll(i),pi);else{var o=e.querySelector(i)??e.querySelector(`option:not([disabled])`);a=o&&pi(o)}n(a),e.__value=a,j!==null&&r.add(j)}),En(()=>{var a=t();if(e===document.activeElement){var o=j;if(r.has(o))return}if(ui(e,a,i),i&&a===void 0){var s=e.querySelector(`:checked`);s!==null&&(a=pi(s),n(a))}e.__value=a,i=!1})}function pi(e){return`__value`in e?e.__value:e.value}function mi(e){if(e.target.closest(`selectedcontent`)!==null)return!0;if(e.type===`childList`){var t=[...e.addedNodes,...e.removedNodes];return t.length>0&&t.every(e=>e.nodeName===`SELECTEDCONTENT`)}return!1}var hi=Symbol(`is custom element`),gi=Symbol(`is html`),_i=xe?`link`:`LINK`,vi=xe?`progress`:`PROGRESS`;function yi(e){if(w){var t=!1,n=()=>{if(!t){if(t=!0,e.hasAttribute(`value`)){var n=e.value;Si(e,`value`,null),e.value=n}if(e.hasAttribute(`checked`)){var r=e.checked;Si(e,`checked`,null),e.checked=r}}};e[ye]=n,k(n),st()}}function bi(e,t){var n=Ci(e);n.value!==(n.value=t??void 0)&&(e.value!==t||t===0&&e.nodeName===vi)&&(e.value=t??``)}function xi(e,t){var n=Ci(e);n.checked!==(n.checked=t??void 0)&&(e.checked=t)}function Si(e,t,n,r){var i=Ci(e);if(!(w&&(i[t]=e.getAttribute(t),t===`src`||t===`srcset`||t===`href`&&e.nodeName===_i))){var a=i[t];a!==(i[t]=n)&&(t===`loading`&&(e[me]=n),n==null?e.removeAttribute(t):typeof n!=`string`&&Ti(e).has(t)?e[t]=n:(!w||typeof n!=`number`&&typeof n!=`boolean`||a!==String(n))&&e.setAttribute(t,n))}}function Ci(e){return e[he]??={[hi]:e.nodeName.includes(`-`),[gi]:e.namespaceURI===Ce}}var wi=new Map;function Ti(e){var t=e.getAttribute(`is`)||e.nodeName,n=wi.get(t);if(n)return n;wi.set(t,n=new Set);for(var r,i=e,a=Element.prototype;a!==i;){for(var o in r=u(i),r)r[o].set&&o!==`innerHTML`&&o!==`textContent`&&o!==`innerText`&&n.add(o);i=p(i)}return n}function Ei(e,t,n=t){var r=new WeakSet;lt(e,`input`,async i=>{var a=i?e.defaultValue:e.value;if(a=Ai(e)?ji(a):a,n(a),j!==null&&r.add(j),await ir(),a!==(a=t())){var o=e.selectionStart,s=e.selectionEnd,c=e.value.length;if(e.value=a??``,s!==null){var l=e.value.length;o===s&&s===c&&l>c?(e.selectionStart=l,e.selectionEnd=l):(e.selectionStart=o,e.selectionEnd=Math.min(s,l))}}}),(w&&e.defaultValue!==e.value||sr(t)==null&&e.value)&&(n(Ai(e)?ji(e.value):e.value),j!==null&&r.add(j)),On(()=>{var n=t();if(e===document.activeElement){var i=j;if(r.has(i))return}Ai(e)&&n===ji(e.value)||(e.type!==`date`||n||e.value)&&n!==e.value&&(e.value=n??``)})}var Di=new Set;function Oi(e,t,n,r,i=r){var a=n.getAttribute(`type`)===`checkbox`,o=e;let s=!1;if(t!==null)for(var c of t)o=o[c]??=[];o.push(n),lt(n,`change`,()=>{var e=n.__value;a&&(e=ki(o,e,n.checked)),i(e)},()=>i(a?[]:null)),On(()=>{var e=r();w&&n.defaultChecked!==n.checked?s=!0:a?(e||=[],n.checked=e.includes(n.__value)):n.checked=tn(n.__value,e)}),Sn(()=>{var e=o.indexOf(n);e!==-1&&o.splice(e,1)}),Di.has(o)||(Di.add(o),k(()=>{o.sort((e,t)=>e.compareDocumentPosition(t)===4?-1:1),Di.delete(o)})),k(()=>{if(s){var e=a?ki(o,e,n.checked):o.find(e=>e.checked)?.__value;i(e)}})}function ki(e,t,n){for(var r=new Set,i=0;i<e.length;i+=1)e[i].checked&&r.add(e[i].__value);return n||r.delete(t),Array.from(r)}function Ai(e){var t=e.type;return t===`number`||t===`range`}function ji(e){return e===``?null:+e}function Mi(e,t){return e===t||e?.[de]===t}function Ni(e=Ze(),t,n,r){var i=O.r,a=H;return En(()=>{var o,s;return On(()=>{o=s,s=r?.()||[],sr(()=>{Mi(n(...s),e)||(t(e,...s),o&&Mi(n(...o),e)&&t(null,...o))})}),()=>{let r=a;for(;r!==i&&r.parent!==null&&r.parent.f&33554432;)r=r.parent;let o=()=>{s&&Mi(n(...s),e)&&t(null,...s)},c=r.teardown;r.teardown=()=>{o(),c?.()}}}),e}function Pi(e,t,n,r,i){var a=()=>{r(n[e])};n.addEventListener(t,a),i?On(()=>{n[e]=i()}):a(),(n===document.body||n===window||n===document)&&Sn(()=>{n.removeEventListener(t,a)})}var Fi=!1;function Ii(e){var t=Fi;try{return Fi=!1,[e(),Fi]}finally{Fi=t}}function Li(e,t,n,r){var i=!0,a=!!(n&8),o=!!(n&16),s=r,c=!0,u=void 0,d=()=>o&&i?(u??=mt(r),J(u)):(c&&(c=!1,s=o?sr(r):r),s);let f;if(a){var p=de in e||pe in e;f=l(e,t)?.set??(p&&t in e?n=>e[t]=n:void 0)}var m,h=!1;a?[m,h]=Ii(()=>e[t]):m=e[t],m===void 0&&r!==void 0&&(m=d(),f&&(i&&Ue(t),f(m)));var g=i?()=>{var n=e[t];return n===void 0?d():(c=!0,n)}:()=>{var n=e[t];return n!==void 0&&(s=void 0),n===void 0?s:n};if(i&&!(n&4))return g;if(f){var _=e.$$legacy;return(function(e,t){return arguments.length>0?((!i||!t||_||h)&&f(t?g():e),e):g()})}var v=!1,y=(n&1?mt:vt)(()=>(v=!1,g()));a&&J(y);var b=H;return(function(e,t){if(arguments.length>0){let n=t?J(y):i&&a?N(e):e;return qt(y,n),v=!0,s!==void 0&&(s=n),e}return Hn&&v||b.f&16384?y.v:J(y)})}function Ri(e){O===null&&Ie(`onMount`),Cn(()=>{let t=sr(e);if(typeof t==`function`)return t})}function zi(e){O===null&&Ie(`onDestroy`),Ri(()=>()=>sr(e))}typeof window<`u`&&((window.__svelte??={}).v??=new Set).add(`5`);var Bi=[{name:`login`,pattern:/^\/login$/,keys:[],private:!1,load:()=>r(()=>import(`./Login-D7wKJAOi.js`),__vite__mapDeps([0,1]))},{name:`setup`,pattern:/^\/setup$/,keys:[],private:!1,load:()=>r(()=>import(`./FirstRun-CiC__O2z.js`),__vite__mapDeps([2,1]))},{name:`invite`,pattern:/^\/invite$/,keys:[],private:!1,load:()=>r(()=>import(`./Invite-CordFzES.js`),__vite__mapDeps([3,1]))},{name:`home`,pattern:/^\/$/,keys:[],private:!0,load:()=>r(()=>import(`./Home-CRAlhIyh.js`),__vite__mapDeps([4,5,1,6]))},{name:`account`,pattern:/^\/account$/,keys:[],private:!0,load:()=>r(()=>import(`./Account-BsDAIm3S.js`),__vite__mapDeps([7,8,1,9]))},{name:`new-workspace`,pattern:/^\/workspaces\/new$/,keys:[],private:!0,load:()=>r(()=>import(`./NewWorkspace-BDgfNcAR.js`),__vite__mapDeps([10,1]))},{name:`workspace`,pattern:/^\/w\/([^/]+)$/,keys:[`workspaceId`],private:!0,load:()=>r(()=>import(`./Dashboard-2vE541Ao.js`),__vite__mapDeps([11,12,1,13]))},{name:`members`,pattern:/^\/w\/([^/]+)\/members$/,keys:[`workspaceId`],private:!0,load:()=>r(()=>import(`./Members-7mNjLQFF.js`),__vite__mapDeps([14,8,1,15]))},...Object.entries({connect:()=>r(()=>import(`./Connect-CUlpcQJ7.js`),__vite__mapDeps([16,17,1,18])),integrations:()=>r(()=>import(`./Integrations-BClIuhp0.js`),__vite__mapDeps([19,17,1,5,6,20])),people:()=>r(()=>import(`./People-8SNjcikH.js`),__vite__mapDeps([21,17,1,22])),settings:()=>r(()=>import(`./Settings-CPVoD0VW.js`),__vite__mapDeps([23,8,17,1])),audit:()=>r(()=>import(`./AuditLog-BqyGeGfV.js`),__vite__mapDeps([24,8,17,1,25]))}).map(([e,t])=>({name:e,pattern:RegExp(`^/w/([^/]+)/${e}$`),keys:[`workspaceId`],private:!0,load:t}))],Vi={name:`not-found`,pattern:/$^/,keys:[],private:!1,load:()=>r(()=>import(`./NotFound--_EmrWX5.js`),[])};function Hi(e){for(let t of Bi){let n=t.pattern.exec(e);if(n){let e={};return t.keys.forEach((t,r)=>e[t]=decodeURIComponent(n[r+1]??``)),{name:t.name,params:e,private:t.private,load:t.load}}}return{name:Vi.name,params:{},private:!1,load:Vi.load}}var Ui=N({route:Hi(location.pathname),path:location.pathname});function Wi(e,t={}){t.replace?history.replaceState(null,``,e):history.pushState(null,``,e),Gi()}function Gi(){Ui.path=location.pathname,Ui.route=Hi(location.pathname)}addEventListener(`popstate`,Gi),document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target?.closest?.(`a`);if(!t||t.target||t.hasAttribute(`download`)||t.dataset.external!==void 0)return;let n=new URL(t.href,location.href);n.origin!==location.origin||n.pathname.startsWith(`/graphiql`)||(e.preventDefault(),Wi(n.pathname+n.search+n.hash))});function Ki(){let e=new URLSearchParams(location.search).get(`next`);return e&&e.startsWith(`/`)&&!e.startsWith(`//`)?e:`/`}var X=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new X(`
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
    `,{fragmentName:`Days`}),new X(`
    fragment ShareCardRow on ShareCard {
  id
  kind
  title
  figures
  createdAt
  expiresAt
  revokedAt
}
    `,{fragmentName:`ShareCardRow`});var qi={'\n  query DashboardMeta($workspaceId: ID!, $isAdmin: Boolean!) {\n    integrations(workspaceId: $workspaceId) {\n      id\n      provider\n      displayName\n      status\n      historyHorizon\n      createdAt\n      lastSyncedAt\n      needsAttention\n      attentionReason\n    }\n    persons(workspaceId: $workspaceId) @include(if: $isAdmin) {\n      id\n      displayName\n    }\n    teams: breakdown(workspaceId: $workspaceId, dimension: TEAM, top: 1000) {\n      rows {\n        key\n      }\n    }\n    metricType: __type(name: "Metric") {\n      enumValues {\n        name\n        description\n      }\n    }\n    figuresType: __type(name: "PeriodFigures") {\n      fields {\n        name\n        description\n      }\n    }\n  }\n':new X(`
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
    `),"\n  query ShareCards($workspaceId: ID!) {\n    shareCards(workspaceId: $workspaceId) {\n      ...ShareCardRow\n    }\n  }\n\n  fragment ShareCardRow on ShareCard {\n    id\n    kind\n    title\n    figures\n    createdAt\n    expiresAt\n    revokedAt\n  }\n":new X(`
    query ShareCards($workspaceId: ID!) {
  shareCards(workspaceId: $workspaceId) {
    ...ShareCardRow
  }
}
    fragment ShareCardRow on ShareCard {
  id
  kind
  title
  figures
  createdAt
  expiresAt
  revokedAt
}`),"\n  mutation CreateShareCard($input: CreateShareCardInput!) {\n    createShareCard(input: $input) {\n      card {\n        ...ShareCardRow\n      }\n      url\n      imageUrl\n      downloadUrl\n      linkedinShareUrl\n      postText\n    }\n  }\n":new X(`
    mutation CreateShareCard($input: CreateShareCardInput!) {
  createShareCard(input: $input) {
    card {
      ...ShareCardRow
    }
    url
    imageUrl
    downloadUrl
    linkedinShareUrl
    postText
  }
}
    fragment ShareCardRow on ShareCard {
  id
  kind
  title
  figures
  createdAt
  expiresAt
  revokedAt
}`),"\n  mutation RevokeShareCard($id: ID!) {\n    revokeShareCard(id: $id) {\n      ...ShareCardRow\n    }\n  }\n":new X(`
    mutation RevokeShareCard($id: ID!) {
  revokeShareCard(id: $id) {
    ...ShareCardRow
  }
}
    fragment ShareCardRow on ShareCard {
  id
  kind
  title
  figures
  createdAt
  expiresAt
  revokedAt
}`)};function Z(e){return qi[e]??{}}var Ji=class extends Error{code;field;constructor(e,t,n){super(e),this.name=`ApiError`,this.code=t,this.field=n}};function Yi(e){let t=e[0];return new Ji(t?.message??`request failed`,t?.extensions?.code??`INTERNAL`,t?.extensions?.field)}async function Xi(e,...[t]){let n;try{n=await fetch(`/graphql`,{method:`POST`,credentials:`same-origin`,headers:{"content-type":`application/json`,accept:`application/json`},body:JSON.stringify({query:e.toString(),variables:t??{}})})}catch{throw new Ji(`The service cannot be reached. Check your connection and try again.`,`NETWORK`)}let r;try{r=await n.json()}catch{throw new Ji(`The service answered ${n.status} without a GraphQL body.`,`INTERNAL`)}if(r.errors?.length)throw Yi(r.errors);if(r.data==null)throw new Ji(`The service sent no data.`,`INTERNAL`);return r.data}var Zi,Qi=!1;function $i(){return Zi??=r(async()=>{let{createClient:e}=await import(`./dist-DHCRdjNZ.js`).then(e=>e.t);return{createClient:e}},__vite__mapDeps([26,12])).then(({createClient:e})=>{let t=e({url:`${location.protocol===`https:`?`wss:`:`ws:`}//${location.host}/graphql/ws`,lazy:!0,retryAttempts:1/0,shouldRetry:()=>!0});return t.on(`connected`,()=>Qi=!0),t.on(`closed`,()=>Qi=!1),t}),Zi}function ea(e,t,n,r=()=>{},i){let a,o,s=!1;return $i().then(c=>{s||(i&&(o=c.on(`connected`,()=>i()),Qi&&queueMicrotask(i)),a=c.subscribe({query:e.toString(),variables:t},{next:e=>{e.errors?.length?r(Yi(e.errors)):e.data&&n(e.data)},error:()=>r(new Ji(`The live connection failed.`,`NETWORK`)),complete:()=>{}}))}),()=>{s=!0,o?.(),a?.()}}async function ta(){if(!Zi)return;let e=await Zi;Zi=void 0,await e.dispose()}function na(e){if(!(e instanceof Ji))return`Something went wrong. Try again.`;switch(e.code){case`FORBIDDEN`:return`You do not have permission to do this here. Ask an admin of this workspace if you need access.`;case`UNAUTHENTICATED`:return e.message===`wrong email or password`?`Wrong email or password.`:`Your session has ended. Log in again.`;case`RATE_LIMITED`:return`Too many attempts. Wait a minute and try again.`;case`NOT_FOUND`:return`This does not exist, or you cannot see it.`;case`NETWORK`:return e.message;case`BAD_USER_INPUT`:case`CONFLICT`:case`SHARE_CARDS_DISABLED`:return ra(e.message);default:return`The service had a problem. Try again in a moment.`}}function ra(e){let t=e.charAt(0).toUpperCase()+e.slice(1);return/[.!?]$/.test(t)?t:`${t}.`}var ia=Z(`
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
`),aa=Z(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      user {
        id
      }
    }
  }
`),oa=Z(`
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
`),sa=Z(`
  mutation LogOut {
    logOut
  }
`),ca=Z(`
  mutation ChangePassword($current: String!, $new: String!) {
    changePassword(current: $current, new: $new)
  }
`),la=Z(`
  mutation AcceptInvite($token: String!) {
    acceptInvite(token: $token) {
      id
      name
      role
    }
  }
`),ua=Z(`
  mutation CreateWorkspace($name: String!) {
    createWorkspace(name: $name) {
      id
      name
      kind
      role
    }
  }
`),da=Z(`
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
`),fa=Z(`
  query Invitations($workspaceId: ID!) {
    invitations(workspaceId: $workspaceId) {
      id
      email
      role
      expiresAt
    }
  }
`),pa=Z(`
  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {
    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {
      id
      token
      email
      role
      expiresAt
    }
  }
`),ma=Z(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`),ha=Z(`
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
`),ga=Z(`
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
`),_a=Z(`
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
`),va=Z(`
  subscription IntegrationChanged($workspaceId: ID!) {
    integrationChanged(workspaceId: $workspaceId) {
      integrationId
      change
      resyncRequired
    }
  }
`),ya=Z(`
  mutation ConnectIntegration($workspaceId: ID!, $input: ConnectIntegrationInput!) {
    connectIntegration(workspaceId: $workspaceId, input: $input) {
      id
      displayName
    }
  }
`),ba=Z(`
  mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {
    updateIntegration(id: $id, input: $input) {
      id
      status
      schedule
      secretHint
    }
  }
`),xa=Z(`
  mutation DisconnectIntegration($id: ID!, $keepData: Boolean!) {
    disconnectIntegration(id: $id, keepData: $keepData)
  }
`),Sa=Z(`
  mutation SyncIntegration($id: ID!, $from: NaiveDate, $to: NaiveDate) {
    syncIntegration(id: $id, from: $from, to: $to) {
      id
      daysTotal
    }
  }
`),Ca=Z(`
  mutation RetryFailedDay($integrationId: ID!, $day: NaiveDate!) {
    retryFailedDay(integrationId: $integrationId, day: $day) {
      id
    }
  }
`),wa=Z(`
  mutation AcknowledgeFailedDay($integrationId: ID!, $day: NaiveDate!) {
    acknowledgeFailedDay(integrationId: $integrationId, day: $day) {
      day
      state
    }
  }
`),Ta=Z(`
  query InstanceState {
    setupRequired
    sampleDataEnabled
  }
`),Ea=Z(`
  mutation LoadSampleData($workspaceId: ID!) {
    loadSampleData(workspaceId: $workspaceId) {
      id
    }
  }
`),Q=N({loaded:!1,user:null,workspaces:[],version:``,error:null,setupRequired:!1,sampleDataEnabled:!1});async function Da(){let e=Xi(Ta).then(e=>{Q.setupRequired=e.setupRequired,Q.sampleDataEnabled=e.sampleDataEnabled},()=>{});try{let e=await Xi(ia);Q.user=e.me,Q.workspaces=e.workspaces,Q.version=e.version,Q.error=null}catch(e){Q.user=null,Q.workspaces=[],Q.error=e instanceof Ji&&e.code===`UNAUTHENTICATED`?null:String(e)}await e,Q.loaded=!0}async function Oa(){try{await Xi(sa)}finally{await ta(),Q.user=null,Q.workspaces=[]}}var ka={VIEWER:0,MEMBER:1,ADMIN:2,OWNER:3};function Aa(e,t){return e!==void 0&&ka[e]>=ka[t]}function ja(e){let t=e??localStorage.getItem(`ai-usage-workspace`)??void 0;return Q.workspaces.find(e=>e.id===t)??Q.workspaces[0]}function Ma(e){localStorage.setItem(`ai-usage-workspace`,e)}function $(e){return(e??``).toLowerCase()}function Na(e){return e.toUpperCase()}var Pa={claude_code:`Claude Code`,copilot:`GitHub Copilot`,cursor:`Cursor`};function Fa(e){return Pa[$(e)]??e}var Ia={active:`Active`,paused:`Paused`,needs_attention:`Needs attention`,disconnected:`Disconnected`};function La(e){return Ia[$(e)]??e}function Ra(e){return $(e)===`paused`}function za(e){return $(e)===`disconnected`}var Ba={queued:`Queued`,running:`Running`,succeeded:`Succeeded`,partial:`Partly done (some days failed)`,failed:`Failed`};function Va(e){return Ba[$(e)]??e}function Ha(e){return $(e)===`running`||$(e)===`queued`}function Ua(e){return[`succeeded`,`partial`,`failed`].includes($(e))}var Wa=[{key:`final`,label:`Final`,help:`synced, and past the vendor’s reporting delay`},{key:`provisional`,label:`Provisional`,help:`synced, but the vendor may still fill it in`},{key:`failed`,label:`Failed`,help:`the vendor answered badly; retried automatically`},{key:`unavailable`,label:`Unavailable`,help:`the vendor no longer serves it, or it was given up`},{key:`missing`,label:`Missing`,help:`not synced yet`}];function Ga(e){return Wa.find(t=>t.key===$(e))?.label??e}var Ka={retrying:`Retrying`,given_up:`Given up`,acknowledged:`Acknowledged`};function qa(e){return Ka[$(e)]??e}function Ja(e){return $(e)}function Ya(e){return $(e)===`service`?`service`:`person`}var Xa={email:`email`,login:`GitHub login`,api_key:`API key`};function Za(e){return Xa[$(e)]??e}function Qa(e){return e?`${e.replace(`T`,` `).slice(0,16)} UTC`:`—`}var $a=wr(`<button type="button" class="secondary theme-toggle">Dark theme</button>`);function eo(r,i){Ye(i,!0);let a=Gt(N(n(e())));function o(){let e=J(a)===`dark`?`light`:`dark`;t(e),qt(a,e,!0)}var s=$a();kn(()=>Si(s,`aria-pressed`,J(a)===`dark`)),hr(`click`,s,o),Y(r,s),Xe()}gr([`click`]);var to=wr(`<option> </option>`),no=wr(`<div class="switcher svelte-12hq2y2"><label for="workspace-switcher" class="svelte-12hq2y2">Workspace</label> <select id="workspace-switcher" class="svelte-12hq2y2"><!><option>+ New workspace…</option></select></div>`),ro=wr(`<li><a class="svelte-12hq2y2"> </a></li>`),io=wr(`<li><a class="svelte-12hq2y2">Dashboard</a></li> <!>`,1),ao=wr(`<a class="skip-link" href="#main">Skip to content</a> <header class="top svelte-12hq2y2"><a class="brand svelte-12hq2y2" href="/">ai-usage</a> <!> <nav aria-label="Main" class="svelte-12hq2y2"><ul class="svelte-12hq2y2"><!> <li><a href="/graphiql" data-external="">GraphiQL</a></li> <li><a href="/account" class="svelte-12hq2y2">Account</a></li></ul></nav> <div class="tools svelte-12hq2y2"><!> <button type="button" class="secondary">Log out</button></div></header> <main id="main" tabindex="-1" class="svelte-12hq2y2"><!></main>`,1);function oo(e,t){Ye(t,!0);let n=_t(()=>ja(Ui.route.params.workspaceId)),r=_t(()=>Aa(J(n)?.role,`ADMIN`)),i=[[`integrations`,`Integrations`],[`people`,`People`],[`members`,`Members`],[`settings`,`Settings`]];function a(e){let t=e.currentTarget.value;t===`new`?Wi(`/workspaces/new`):(Ma(t),Wi(`/w/${t}`))}async function o(){await Oa(),Wi(`/login`)}var s=ao(),c=I(un(s),2),l=I(F(c),2),u=e=>{var t=no(),r=I(F(t),2),i=F(r);Kr(i,17,()=>Q.workspaces,e=>e.id,(e,t)=>{var n=to(),r=dn(n),i={};kn(e=>{jr(r,`${J(t).name??``} (${e??``})`),i!==(i=J(t).id)&&(n.value=(n.__value=i)??``)},[()=>Ja(J(t).role)]),Y(e,n)});var o=I(i);o.value=o.__value=`new`,D(r);var s;di(r),D(t),kn(()=>{s!==(s=J(n)?.id)&&(r.value=(r.__value=s)??``,ui(r,s))}),hr(`change`,r,a),Y(e,t)};Vr(l,e=>{Q.workspaces.length&&e(u)});var d=I(l,2),f=F(d),p=F(f),m=e=>{var t=io(),a=un(t),o=dn(a),s=I(a,2),c=e=>{var t=Er();Kr(un(t),17,()=>i,([e,t])=>e,(e,t)=>{var r=_t(()=>y(J(t),2));let i=()=>J(r)[0],a=()=>J(r)[1];var o=ro(),s=F(o),c=dn(s,!0);D(o),kn(()=>{Si(s,`href`,`/w/${J(n).id}/${i()}`),Si(s,`aria-current`,Ui.route.name===i()?`page`:void 0),jr(c,a())}),Y(e,o)}),Y(e,t)};Vr(s,e=>{J(r)&&e(c)}),kn(()=>{Si(o,`href`,`/w/${J(n).id}`),Si(o,`aria-current`,Ui.route.name===`workspace`?`page`:void 0)}),Y(e,t)};Vr(p,e=>{J(n)&&e(m)});var h=dn(I(p,4));D(f),D(d);var g=I(d,2),_=F(g);eo(_,{});var v=I(_,2);D(g),D(c);var b=I(c,2);Qr(F(b),()=>t.children),D(b),kn(()=>Si(h,`aria-current`,Ui.route.name===`account`?`page`:void 0)),hr(`click`,v,o),Y(e,s),Xe()}gr([`change`,`click`]);var so=wr(`<p class="narrow muted" role="status">Loading…</p>`),co=wr(`<main class="narrow"><h1>The service cannot be reached</h1> <p class="error" role="alert"> </p> <button type="button">Try again</button></main>`);function lo(e,t){Ye(t,!0),Da();let n=_t(()=>Ui.route),r=_t(()=>J(n).load());Cn(()=>{if(Q.loaded){if(J(n).private&&!Q.user&&!Q.error){let e=location.pathname+location.search;Q.setupRequired?Wi(`/setup`,{replace:!0}):Wi(e===`/`?`/login`:`/login?next=${encodeURIComponent(e)}`,{replace:!0})}else Q.user&&(J(n).name===`login`||J(n).name===`setup`)&&Wi(Ki(),{replace:!0})}});var i=Er(),a=un(i),o=e=>{Y(e,so())},s=e=>{var t=co(),n=I(F(t),2),r=dn(n,!0),i=I(n,2);D(t),kn(()=>jr(r,Q.error)),hr(`click`,i,()=>Da()),Y(e,t)},c=e=>{var t=Er(),i=un(t),a=e=>{oo(e,{children:(e,t)=>{var i=Er();Br(un(i),()=>J(r),null,(e,t)=>{var r=Er();$r(un(r),()=>J(t).default,(e,t)=>{t(e,{get params(){return J(n).params}})}),Y(e,r)}),Y(e,i)},$$slots:{default:!0}})};Vr(i,e=>{Q.user&&e(a)}),Y(e,t)},l=e=>{var t=Er();Br(un(t),()=>J(r),null,(e,t)=>{var r=Er();$r(un(r),()=>J(t).default,(e,t)=>{t(e,{get params(){return J(n).params}})}),Y(e,r)}),Y(e,t)};Vr(a,e=>{Q.loaded?Q.error&&J(n).private?e(s,1):J(n).private?e(c,2):e(l,-1):e(o)}),Y(e,i),Xe()}gr([`click`]),t();var uo=document.getElementById(`app`);if(!uo)throw Error(`index.html has no #app element`);Mr(lo,{target:uo});export{Pi as $,_a as A,dn as At,ma as B,D as Bt,ya as C,mr as Ct,Ea as D,Cn as Dt,va as E,kn as Et,ua as F,_t as Ft,ea as G,Ji as H,fa as I,at as It,Wi as J,$i as K,pa as L,Xe as Lt,ha as M,N as Mt,la as N,qt as Nt,Ca as O,F as Ot,ca as P,Gt as Pt,Li as Q,aa as R,Ye as Rt,wa as S,hr as St,ga as T,sr as Tt,na as U,oa as V,Xi as W,zi as X,Ki as Y,Ri as Z,Aa as _,Y as _t,Ua as a,xi as at,Ma as b,Tr as bt,La as c,di as ct,Ha as d,ai as dt,Ni as et,$ as f,Qr as ft,Qa as g,jr as gt,Va as h,Vr as ht,Ga as i,Si as it,ba as j,I as jt,Sa as k,un as kt,za as l,ui as lt,Fa as m,Hr as mt,Wa as n,Ei as nt,qa as o,bi as ot,Na as p,Kr as pt,Z as q,Za as r,yi as rt,Ya as s,fi as st,eo as t,Oi as tt,Ra as u,si as ut,ja as v,Er as vt,xa as w,J as wt,Q as x,gr as xt,Da as y,wr as yt,da as z,Ae as zt};