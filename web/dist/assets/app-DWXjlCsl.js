const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Login-D-WW3s2Y.js","assets/ErrorMessage-DwPvJr47.js","assets/FirstRun-Cr25O_sx.js","assets/Invite-CBkhwzg8.js","assets/NewWorkspace-BhzDF61o.js","assets/Dashboard-CcTGriuF.js","assets/rolldown-runtime-QQ38H6s1.js","assets/Dashboard-DfDDDvsw.css","assets/Members-C7sgUIEN.js","assets/Members-cgFvodlg.css","assets/dist-DHCRdjNZ.js"])))=>i.map(i=>d[i]);
import{t as e}from"./preload-helper-WlkEuU2h.js";var t=Array.isArray,n=Array.prototype.indexOf,r=Array.prototype.includes,i=Array.from,a=Object.defineProperty,o=Object.getOwnPropertyDescriptor,s=Object.getOwnPropertyDescriptors,c=Object.prototype,l=Array.prototype,u=Object.getPrototypeOf,d=Object.isExtensible,f=()=>{};function p(e){return typeof e?.then==`function`}function m(e){for(var t=0;t<e.length;t++)e[t]()}function h(){var e,t;return{promise:new Promise((n,r)=>{e=n,t=r}),resolve:e,reject:t}}var g=1024,_=2048,v=4096,y=8192,ee=16384,b=32768,x=1<<25,te=65536,S=1<<19,ne=1<<20,re=1<<25,ie=1<<21,ae=1<<22,oe=1<<23,se=Symbol(`$state`),ce=Symbol(`component`),le=Symbol(`legacy props`),ue=Symbol(``),de=Symbol(`attributes`),fe=Symbol(`class`),pe=Symbol(`style`),me=Symbol(`text`),he=Symbol(`form reset`),ge=new class extends Error{name=`StaleReactionError`;message="The reaction that called `getAbortSignal()` was re-run or destroyed"},_e=!!globalThis.document?.contentType&&globalThis.document.contentType.includes(`xml`),ve={},C=Symbol(`uninitialized`),ye=`http://www.w3.org/1999/xhtml`;function be(){console.warn(`https://svelte.dev/e/derived_inert`)}function xe(e){console.warn(`https://svelte.dev/e/hydration_mismatch`)}function Se(){console.warn(`https://svelte.dev/e/select_multiple_invalid_value`)}function Ce(){console.warn(`https://svelte.dev/e/svelte_boundary_reset_noop`)}var w=!1;function we(e){w=e}var T;function E(e){if(e===null)throw xe(),ve;return T=e}function Te(){return E(tn(T))}function Ee(e){if(w){if(tn(T)!==null)throw xe(),ve;T=e}}function De(e=1){if(w){for(var t=e,n=T;t--;)n=tn(n);T=n}}function Oe(e=!0){for(var t=0,n=T;;){if(n.nodeType===8){var r=n.data;if(r===`]`){if(t===0)return n;--t}else(r===`[`||r===`[!`||r[0]===`[`&&!isNaN(Number(r.slice(1))))&&(t+=1)}var i=tn(n);e&&n.remove(),n=i}}function ke(e){if(!e||e.nodeType!==8)throw xe(),ve;return e.data}function Ae(e){return e===this.v}function je(e,t){return e==e?e!==t||typeof e==`object`&&!!e||typeof e==`function`:t==t}function Me(e){return!je(e,this.v)}function Ne(e){throw Error(`https://svelte.dev/e/lifecycle_outside_component`)}function Pe(){throw Error(`https://svelte.dev/e/async_derived_orphan`)}function Fe(e,t,n){throw Error(`https://svelte.dev/e/each_key_duplicate`)}function Ie(e){throw Error(`https://svelte.dev/e/effect_in_teardown`)}function Le(){throw Error(`https://svelte.dev/e/effect_in_unowned_derived`)}function Re(e){throw Error(`https://svelte.dev/e/effect_orphan`)}function ze(){throw Error(`https://svelte.dev/e/effect_update_depth_exceeded`)}function Be(e){throw Error(`https://svelte.dev/e/props_invalid_value`)}function Ve(){throw Error(`https://svelte.dev/e/state_descriptors_fixed`)}function He(){throw Error(`https://svelte.dev/e/state_prototype_fixed`)}function Ue(){throw Error(`https://svelte.dev/e/state_unsafe_mutation`)}function We(){throw Error(`https://svelte.dev/e/svelte_boundary_reset_onerror`)}var D=null;function Ge(e){D=e}function Ke(e,t=!1,n){D={p:D,i:!1,c:null,e:null,s:e,x:null,r:G,l:null}}function qe(e){var t=D,n=t.e;if(n!==null){t.e=null;for(var r of n)gn(r)}return e!==void 0&&(t.x=e),t.i=!0,D=t.p,Je(e)}function Je(e={}){return a(e,ce,{value:!0}),e}function Ye(){return!0}var Xe=[];function Ze(){var e=Xe;Xe=[],m(e)}function O(e){if(Xe.length===0&&!Ct){var t=Xe;queueMicrotask(()=>{t===Xe&&Ze()})}Xe.push(e)}function Qe(){for(;Xe.length>0;)Ze()}var $e=~(_|v|g);function k(e,t){e.f=e.f&$e|t}function et(e){e.f&512||e.deps===null?k(e,g):k(e,v)}function tt(e,t){e.f&2048?t.set(e,_):e.f&4096&&t.get(e)!==2048&&t.set(e,v),k(e,g)}var nt=!1;function rt(){nt||(nt=!0,document.addEventListener(`reset`,e=>{Promise.resolve().then(()=>{if(!e.defaultPrevented)for(let t of e.target.elements)t[he]?.()})},{capture:!0}))}function it(e){var t=H,n=G;W(null),In(null);try{return e()}finally{W(t),In(n)}}function at(e,t,n,r=n){e.addEventListener(t,()=>it(n));let i=e[he];e[he]=i?()=>{i(),r(!0)}:()=>r(!0),rt()}function ot(e,t,n,r){let i=Ye()?ut:mt;var a=e.filter(e=>!e.settled),o=t.map(i);if(n.length===0&&a.length===0){r(o);return}var s=G,c=st(),l=a.length===1?a[0].promise:a.length>1?Promise.all(a.map(e=>e.promise)):null;function u(e){if(!(s.f&16384)){c();try{r([...o,...e])}catch(e){z(e,s)}ct()}}var d=lt();if(n.length===0){l.then(()=>u([])).finally(d);return}function f(){Promise.all(n.map(e=>ft(e))).then(u).catch(e=>z(e,s)).finally(d)}l?l.then(()=>{s.f&16384?d():(c(),f(),ct())}):f()}function st(){var e=G,t=H,n=D,r=A;return function(i=!0){In(e),W(t),Ge(n),i&&!(e.f&16384)&&(r?.activate(),r?.apply())}}function ct(e=!0){In(null),W(null),Ge(null),e&&A?.deactivate()}function lt(){var e=G,t=e.b,n=A,r=!!t?.is_rendered();return t?.update_pending_count(1,n),n.increment(r,e),()=>{t?.update_pending_count(-1,n),n.decrement(r,e)}}function ut(e){var t=2|_;return G!==null&&(G.f|=S),{ctx:D,deps:null,effects:null,equals:Ae,f:t,fn:e,reactions:null,rv:0,v:C,wv:0,parent:G,ac:null}}var dt=Symbol(`obsolete`);function ft(e,t,n){let r=G;r===null&&Pe();var i=void 0,a=zt(C),o=!H,s=new Set;return yn(()=>{var t=G,n=h();i=n.promise;try{Promise.resolve(e()).then(n.resolve,e=>{e!==ge&&n.reject(e)}).finally(ct)}catch(e){n.reject(e),ct()}var c=A;if(o){if(t.f&32768)var l=lt();if(r.b?.is_rendered())c.async_deriveds.get(t)?.reject(dt);else for(let e of s.values())e.reject(dt);s.add(n),c.async_deriveds.set(t,n)}let u=(e,t=void 0)=>{l?.(),s.delete(n),t!==dt&&(c.activate(),t?(a.f|=oe,Ut(a,t)):(a.f&8388608&&(a.f^=oe),Ut(a,e)),c.deactivate())};n.promise.then(u,e=>u(null,e||`unknown`))}),mn(()=>{for(let e of s)e.reject(dt)}),new Promise(e=>{function t(n){function r(){n===i?e(a):t(i)}n.then(r,r)}t(i)})}function pt(e){let t=ut(e);return Rn(t),t}function mt(e){let t=ut(e);return t.equals=Me,t}function ht(e){var t=e.effects;if(t!==null){e.effects=null;for(var n=0;n<t.length;n+=1)V(t[n])}}function gt(e){var t,n=G,r=e.parent;if(!Pn&&r!==null&&e.v!==C&&r.f&24576)return be(),e.v;In(r);try{ht(e),t=qn(e)}finally{In(n)}return t}function _t(e){var t=gt(e);!e.equals(t)&&(e.wv=Wn(),(!A?.is_fork||e.deps===null)&&(A===null?e.v=t:(A.capture(e,t,!0),xt?.capture(e,t,!0)),e.deps===null))?k(e,g):Pn||(j===null?et(e):(pn()||A?.is_fork)&&j.set(e,t))}function vt(e){if(e.effects!==null)for(let t of e.effects)(t.teardown||t.ac)&&(t.teardown?.(),t.ac!==null&&it(()=>{t.ac.abort(ge),t.ac=null}),t.fn!==null&&(t.teardown=f),Xn(t,0),wn(t))}function yt(e){if(e.effects!==null)for(let t of e.effects)t.teardown&&t.fn!==null&&Zn(t)}var bt=null,A=null,xt=null,j=null,St=null,Ct=!1,wt=!1,Tt=null,Et=null,Dt=0,Ot=1,kt=class e{id=Ot++;started=!1;linked=!0;prev=null;next=null;async_deriveds=new Map;current=new Map;previous=new Map;#e=new Set;#t=new Set;#n=0;#r=new Map;#i=null;#a=[];#o=[];#s=new Map;#c=new Map;#l=new Set;is_fork=!1;#u=!1;constructor(){bt===null?bt=this:(bt.next=this,this.prev=bt),bt=this}#d(){if(this.is_fork)return!0;for(let e of this.#r.keys())if(!this.#f(e))return!0;return!1}#f(e){for(var t=e;t!==null;t=t.parent)if(this.#c.has(t))return!0;return!1}skip_effect(e){this.#c.has(e)||this.#c.set(e,{d:[],m:[]}),this.#l.delete(e)}unskip_effect(e,t=e=>this.schedule(e)){var n=this.#c.get(e);if(n){this.#c.delete(e);for(var r of n.d)k(r,_),t(r);for(r of n.m)k(r,v),t(r)}this.#l.add(e)}#p(){var e=[];for(let i of this.#a)if(!(i.f&16384||!(i.f&6144))){for(var t=i,n=!1;t.parent!==null;){t=t.parent;var r=t.f;if(r&96){if(!(r&1024)){n=!0;break}t.f^=g}}n||e.push(t)}return this.#a=[],e}#m(){this.started=!0;for(let[e,t]of this.#s)k(e,t),this.schedule(e);this.apply();for(var t=Tt=[],n=[],r=Et=[];this.#a.length>0;){Dt++>1e3&&(this.#b(),jt());for(let e of this.#p())try{this.#h(e,t,n)}catch(t){throw It(e),this.#d()||this.discard(),t}}if(A=null,r.length>0){var i=e.ensure();for(let e of r)i.schedule(e)}if(Tt=null,Et=null,this.#d()){this.#y(n),this.#y(t);for(let[e,t]of this.#c)Ft(e,t);r.length>0&&A.#m();return}let a=this.#g();if(a)this.#y(n),this.#y(t),a.#v(this);else{this.#s.clear();for(let e of this.#e)e(this);this.#e.clear(),xt=this,Nt(n),Nt(t),xt=null,this.#i?.resolve();var o=A;this.#n===0&&(this.#a.length===0||o!==null)&&this.#b(),o!==null&&(M.clear(),o.#m())}}#h(e,t,n){e.f^=g;for(var r=e.first;r!==null;){var i=r.f,a=!!(i&96);if(!(a&&i&1024||i&8192||this.#c.has(r))&&r.fn!==null){a?r.f^=g:i&4?t.push(r):Gn(r)&&(i&16&&this.add_dirty_reaction(r,v),Zn(r));var o=r.first;if(o!==null){r=o;continue}}for(;r!==null;){var s=r.next;if(s!==null){r=s;break}r=r.parent}}}#g(){for(var e=this.prev;e!==null;e=e.prev)if(!e.is_fork&&this.#_(e))return e;return null}#_(e){for(let[t,[,n]]of this.current)if(!n&&e.current.has(t))return!0;return!1}#v(e){for(let[t,n]of e.current)!this.previous.has(t)&&e.previous.has(t)&&this.previous.set(t,e.previous.get(t)),this.current.set(t,n);for(let[t,n]of e.async_deriveds){let e=this.async_deriveds.get(t);e&&n.promise.then(e.resolve).catch(e.reject)}e.async_deriveds.clear(),this.transfer_reactions(e.#s);let t=e=>{var n=e.reactions;if(n!==null&&!(e.f&2&&!(e.f&6144)))for(let e of n){var r=e.f;if(r&2)t(e);else{var i=e;r&4194320&&!this.async_deriveds.has(i)&&(this.#s.delete(i),k(i,_),this.schedule(i))}}};for(let e of this.current.keys())t(e);this.oncommit(()=>e.discard()),e.#b(),A=this,this.#m()}#y(e){for(var t=0;t<e.length;t+=1)tt(e[t],this.#s)}capture(e,t,n=!1){e.v!==C&&!this.previous.has(e)&&this.previous.set(e,e.v),e.f&8388608||(this.current.set(e,[t,n]),j?.set(e,t)),this.is_fork||(e.v=t)}activate(){A=this}deactivate(){A=null,j=null}flush(){try{wt=!0,A=this,this.#m()}finally{Dt=0,St=null,Tt=null,Et=null,wt=!1,A=null,j=null,M.clear()}}discard(){for(let e of this.#t)e(this);this.#t.clear();for(let e of this.async_deriveds.values())e.reject(dt);this.#b(),this.#i?.resolve()}register_created_effect(e){this.#o.push(e)}increment(e,t){if(this.#n+=1,e){let e=this.#r.get(t)??0;this.#r.set(t,e+1)}}decrement(e,t){if(--this.#n,e){let e=this.#r.get(t)??0;e===1?this.#r.delete(t):this.#r.set(t,e-1)}this.#u||(this.#u=!0,O(()=>{this.#u=!1,this.linked&&this.flush()}))}transfer_reactions(e){for(let[t,n]of e)this.add_dirty_reaction(t,n);e.clear()}add_dirty_reaction(e,t){(t===2048||this.#s.get(e)!==2048)&&this.#s.set(e,t)}oncommit(e){this.#e.add(e)}ondiscard(e){this.#t.add(e)}settled(){return(this.#i??=h()).promise}static ensure(){if(A===null){let t=A=new e;!wt&&!Ct&&O(()=>{t.started||t.flush()})}return A}apply(){j=null}schedule(e){St=e,e.b?.is_pending&&e.f&16777228&&!(e.f&32768)?e.b.defer_effect(e):this.#a.push(e)}#b(){if(this.linked){var e=this.prev,t=this.next;e===null||(e.next=t),t===null?bt=e:t.prev=e,this.linked=!1}}};function At(e){var t=Ct,n=xt;xt=null,Ct=!0;try{var r;for(e&&(At(),r=e());;){if(Qe(),A===null)return r;A.flush()}}finally{Ct=t,xt=n}}function jt(){try{ze()}catch(e){z(e,St)}}var Mt=null;function Nt(e){var t=e.length;if(t!==0){for(var n=0;n<t;){var r=e[n++];if(!(r.f&24576)&&Gn(r)&&(Mt=new Set,Zn(r),r.deps===null&&r.first===null&&r.nodes===null&&r.teardown===null&&r.ac===null&&Dn(r),Mt?.size>0)){M.clear();for(let e of Mt){if(e.f&24576)continue;let t=[e],n=e.parent;for(;n!==null;)Mt.has(n)&&(Mt.delete(n),t.push(n)),n=n.parent;for(let e=t.length-1;e>=0;e--){let n=t[e];n.f&24576||Zn(n)}}Mt.clear()}}Mt=null}}function Pt(e){A.schedule(e)}function Ft(e,t){if(!(e.f&32&&e.f&1024)){e.f&2048?t.d.push(e):e.f&4096&&t.m.push(e),k(e,g);for(var n=e.first;n!==null;)Ft(n,t),n=n.next}}function It(e){k(e,g);for(var t=e.first;t!==null;)It(t),t=t.next}var Lt=new Set,M=new Map,Rt=!1;function zt(e,t){return{f:0,v:e,reactions:null,equals:Ae,rv:0,wv:0}}function N(e,t){let n=zt(e,t);return Rn(n),n}function Bt(e,t=!1,n=!0){let r=zt(e);return t||(r.equals=Me),r}function P(e,t,n=!1){return H!==null&&(!U||H.f&131072)&&Ye()&&H.f&4325394&&(Ln===null||!Ln.has(e))&&Ue(),Ut(e,n?F(t):t,Et)}var Vt=null,Ht=0;function Ut(e,t,n=null){if(!e.equals(t)){Pn?M.set(e,t):M.has(e)||M.set(e,e.v);var r=kt.ensure();if(r.capture(e,t),e.f&2){let t=e;e.f&2048&&gt(t),j===null&&et(t)}e.wv=Wn(),Vt=null,Ht=0,Kt(e,_,n),Vt=null,Ye()&&G!==null&&G.f&1024&&!(G.f&96)&&(J===null?zn([e]):J.push(e)),!r.is_fork&&Lt.size>0&&!Rt&&Wt()}return t}function Wt(){Rt=!1;for(let e of Lt){e.f&1024&&k(e,v);let t;try{t=Gn(e)}catch{t=!0}t&&Zn(e)}Lt.clear()}function Gt(e){P(e,e.v+1)}function Kt(e,t,n){var r=e.reactions;if(r!==null){var i=Ye(),a=r.length;if(Ht+=a,Ht>1e5&&Vt===null&&(Vt=new Set),Vt!==null){if(Vt.has(e))return;Vt.add(e)}for(var o=0;o<a;o++){var s=r[o],c=s.f;if(i||s!==G){var l=(c&_)===0;if(l&&k(s,t),c&131072)Lt.add(s);else if(c&2){var u=s;j?.delete(u),Kt(u,v,n)}else if(l){var d=s;c&16&&Mt!==null&&Mt.add(d),n===null?Pt(d):n.push(d)}}}}}function F(e){if(typeof e!=`object`||!e||se in e||ce in e)return e;let n=u(e);if(n!==c&&n!==l)return e;var r=new Map,i=t(e),a=N(0),s=null,d=Hn,f=e=>{if(Hn===d)return e();var t=H,n=Hn;W(null),Un(d);var r=e();return W(t),Un(n),r};return i&&r.set(`length`,N(e.length,s)),new Proxy(e,{defineProperty(e,t,n){`value`in n&&n.configurable!==!1&&n.enumerable!==!1&&n.writable!==!1||Ve();var i=r.get(t);return i===void 0?f(()=>{var e=N(n.value,s);return r.set(t,e),e}):P(i,n.value,!0),!0},deleteProperty(e,t){var n=r.get(t);if(n===void 0){if(t in e){let e=f(()=>N(C,s));r.set(t,e),Gt(a)}}else P(n,C),Gt(a);return!0},get(t,n,i){if(n===se)return e;var a=r.get(n),c=n in t;if(a===void 0&&(!c||o(t,n)?.writable)&&(a=f(()=>N(F(c?t[n]:C),s)),r.set(n,a)),a!==void 0){var l=Y(a);return l===C?void 0:l}return Reflect.get(t,n,i)},getOwnPropertyDescriptor(e,t){this.has?.(e,t);var n=Reflect.getOwnPropertyDescriptor(e,t),i=r.get(t);if(i!==void 0){var a=Y(i);if(a===C)return;if(n&&`value`in n)n.value=a;else return{enumerable:!0,configurable:!0,value:a,writable:!0}}return n},has(e,t){if(t===se)return!0;var n=r.get(t),i=n!==void 0&&n.v!==C||Reflect.has(e,t);return(n!==void 0||(G!==null||H!==null)&&(!i||o(e,t)?.writable))&&(n===void 0&&(n=f(()=>N(i?F(e[t]):C,s)),r.set(t,n)),Y(n)===C)?!1:i},set(e,t,n,c){var l=r.get(t),u=t in e;if(i&&t===`length`)for(var d=n;d<l.v;d+=1){var p=r.get(d+``);p===void 0?d in e&&(p=f(()=>N(C,s)),r.set(d+``,p)):P(p,C)}if(l===void 0)(!u||o(e,t)?.writable)&&(l=f(()=>N(void 0,s)),P(l,F(n)),r.set(t,l));else{u=l.v!==C;var m=f(()=>F(n));P(l,m)}var h=Reflect.getOwnPropertyDescriptor(e,t);if(h?.set&&h.set.call(c,n),!u){if(i&&typeof t==`string`){var g=r.get(`length`),_=Number(t);Number.isInteger(_)&&_>=g.v&&P(g,_+1)}Gt(a)}return!0},ownKeys(e){Y(a);var t=Reflect.ownKeys(e).filter(e=>{var t=r.get(e);return t===void 0||t.v!==C});for(var[n,i]of r)i.v!==C&&!(n in e)&&t.push(n);return t},setPrototypeOf(){He()}})}function qt(e){try{if(typeof e==`object`&&e&&se in e)return e[se]}catch{}return e}function Jt(e,t){return Object.is(qt(e),qt(t))}var Yt,Xt,Zt,Qt;function $t(){if(Yt===void 0){Yt=window,Xt=/Firefox/.test(navigator.userAgent);var e=Element.prototype,t=Node.prototype,n=Text.prototype;Zt=o(t,`firstChild`).get,Qt=o(t,`nextSibling`).get,d(e)&&(e[fe]=void 0,e[de]=null,e[pe]=void 0,e.__e=void 0),d(n)&&(n[me]=void 0)}}function I(e=``){return document.createTextNode(e)}function en(e){return Zt.call(e)}function tn(e){return Qt.call(e)}function L(e,t){if(!w)return en(e);var n=en(T);if(n===null)n=T.appendChild(I());else if(t&&n.nodeType!==3){var r=I();return n?.before(r),E(r),r}return t&&cn(n),E(n),n}function nn(e,t=!1){if(!w){var n=en(e);return n instanceof Comment&&n.data===``?tn(n):n}if(t){if(T?.nodeType!==3){var r=I();return T?.before(r),E(r),r}cn(T)}return T}function rn(e,t=!1){if(!w)return en(e);var n=L(e,t);return Ee(e),n}function R(e,t=1,n=!1){let r=w?T:e;for(var i;t--;)i=r,r=tn(r);if(!w)return r;if(n){if(r?.nodeType!==3){var a=I();return r===null?i?.after(a):r.before(a),E(a),a}cn(r)}return E(r),r}function an(e){e.textContent=``}function on(){return!1}function sn(e,t,n){return t==null||t===`http://www.w3.org/1999/xhtml`?n?document.createElement(e,{is:n}):document.createElement(e):n?document.createElementNS(t,e,{is:n}):document.createElementNS(t,e)}function cn(e){if(e.nodeValue.length<65536)return;let t=e.nextSibling;for(;t!==null&&t.nodeType===3;)t.remove(),e.nodeValue+=t.nodeValue,t=e.nextSibling}function ln(e){var t=G;if(t===null)return H.f|=oe,e;if(!(t.f&32768)&&!(t.f&4))throw e;z(e,t)}function z(e,t){if(e===ve)throw e;if(!(t!==null&&t.f&16384)){for(;t!==null;){if(t.f&128&&!(t.f&33570816)){if(!(t.f&32768))throw e;try{t.b.error(e);return}catch(t){e=t}}t=t.parent}throw e}}function un(e){G===null&&(H===null&&Re(e),Le()),Pn&&Ie(e)}function dn(e,t){var n=t.last;n===null?t.last=t.first=e:(n.next=e,e.prev=n,t.last=e)}function fn(e,t){var n=G;n!==null&&n.f&8192&&(e|=y);var r={ctx:D,deps:null,nodes:null,f:e|_|512,first:null,fn:t,last:null,next:null,parent:n,b:n&&n.b,prev:null,teardown:null,wv:0,ac:null};A?.register_created_effect(r);var i=r;if(e&4)Tt===null?kt.ensure().schedule(r):Tt.push(r);else if(t!==null){try{Zn(r)}catch(e){throw V(r),e}i.deps===null&&i.teardown===null&&i.nodes===null&&i.first===i.last&&!(i.f&524288)&&(i=i.first,e&16&&e&65536&&i!==null&&(i.f|=te))}if(i!==null&&(i.parent=n,n!==null&&dn(i,n),H!==null&&H.f&2&&!(e&64))){var a=H;(a.effects??=[]).push(i)}return r}function pn(){return H!==null&&!U}function mn(e){let t=fn(8,null);return k(t,g),t.teardown=e,t}function hn(e){un(`$effect`);var t=G.f;if(!H&&t&32&&D!==null&&!D.i){var n=D;(n.e??=[]).push(e)}else return gn(e)}function gn(e){return fn(4|ne,e)}function _n(e){kt.ensure();let t=fn(64|S,e);return(e={})=>new Promise(n=>{e.outro?On(t,()=>{V(t),n(void 0)}):(V(t),n(void 0))})}function vn(e){return fn(4,e)}function yn(e){return fn(ae|S,e)}function bn(e,t=0){return fn(8|t,e)}function xn(e,t=[],n=[],r=[]){ot(r,t,n,t=>{fn(8,()=>{e(...t.map(Y))})})}function Sn(e,t=0){return fn(16|t,e)}function B(e){return fn(32|S,e)}function Cn(e){var t=e.teardown;if(t!==null){let n=Pn,r=H;Fn(!0),W(null);try{t.call(null)}catch(t){z(t,e.parent)}finally{Fn(n),W(r)}}}function wn(e,t=!1){var n=e.first;for(e.first=e.last=null;n!==null;){let e=n.ac;e!==null&&it(()=>{e.abort(ge)});var r=n.next;n.f&64?n.parent=null:V(n,t),n=r}}function Tn(e){for(var t=e.first;t!==null;){var n=t.next;t.f&32||V(t),t=n}}function V(e,t=!0){var n=!1;(t||e.f&262144)&&e.nodes!==null&&e.nodes.end!==null&&(En(e.nodes.start,e.nodes.end),n=!0),e.f|=x,wn(e,t&&!n),Xn(e,0);var r=e.nodes&&e.nodes.t;if(r!==null)for(let e of r)e.stop();Cn(e),e.f^=x,e.f|=ee;var i=e.parent;i!==null&&i.first!==null&&Dn(e),e.next=e.prev=e.teardown=e.ctx=e.deps=e.fn=e.nodes=e.ac=e.b=null}function En(e,t){for(;e!==null;){var n=e===t?null:tn(e);e.remove(),e=n}}function Dn(e){var t=e.parent,n=e.prev,r=e.next;n!==null&&(n.next=r),r!==null&&(r.prev=n),t!==null&&(t.first===e&&(t.first=r),t.last===e&&(t.last=n))}function On(e,t,n=!0){var r=[];e.f|=256,kn(e,r,!0);var i=()=>{n&&V(e),t&&t()},a=r.length;if(a>0){var o=()=>--a||i();for(var s of r)s.out(o)}else i()}function kn(e,t,n){if(!(e.f&8192)){e.f^=y;var r=e.nodes&&e.nodes.t;if(r!==null)for(let e of r)(e.is_global||n)&&t.push(e);for(var i=e.first;i!==null;){var a=i.next;if(!(i.f&64)){var o=!!(i.f&65536)||!!(i.f&32)&&!!(e.f&16);kn(i,t,o?n:!1)}i=a}}}function An(e){e.f&=-257,jn(e,!0)}function jn(e,t){if(!(e.f&256)&&e.f&8192){e.f^=y,e.f&1024||(k(e,_),kt.ensure().schedule(e));for(var n=e.first;n!==null;){var r=n.next,i=!!(n.f&65536)||!!(n.f&32);jn(n,i?t:!1),n=r}var a=e.nodes&&e.nodes.t;if(a!==null)for(let e of a)(e.is_global||t)&&e.in()}}function Mn(e,t){if(e.nodes)for(var n=e.nodes.start,r=e.nodes.end;n!==null;){var i=n===r?null:tn(n);t.append(n),n=i}}var Nn=null,Pn=!1;function Fn(e){Pn=e}var H=null,U=!1;function W(e){H=e}var G=null;function In(e){G=e}var Ln=null;function Rn(e){H!==null&&(H.f&2097152||H.f&2)&&(Ln??=new Set).add(e)}var K=null,q=0,J=null;function zn(e){J=e}var Bn=1,Vn=0,Hn=Vn;function Un(e){Hn=e}function Wn(){return++Bn}function Gn(e){var t=e.f;if(t&2048)return!0;if(t&4096){for(var n=e.deps,r=n.length,i=0;i<r;i++){var a=n[i];if(Gn(a)&&_t(a),a.wv>e.wv)return!0}t&512&&j===null&&k(e,g)}return!1}function Kn(e,t,n=!0){var r=e.reactions;if(r!==null&&!(Ln!==null&&Ln.has(e)))for(var i=0;i<r.length;i++){var a=r[i];a.f&2?Kn(a,t,!1):t===a&&(n?k(a,_):a.f&1024&&k(a,v),Pt(a))}}function qn(e){var t=K,n=q,r=J,i=H,a=Ln,o=D,s=U,c=Hn,l=e.f;K=null,q=0,J=null,H=l&96?null:e,Ln=null,Ge(e.ctx),U=!1,Hn=++Vn,e.ac!==null&&(it(()=>{e.ac.abort(ge)}),e.ac=null);try{e.f|=ie;var u=(0,e.fn)();e.f|=b;var d=Jn(e);if(Ye()&&J!==null&&!U&&d!==null&&!(e.f&6146))for(var f=0;f<J.length;f++)Kn(J[f],e);if(i!==null&&i!==e){if(Vn++,i.deps!==null)for(let e=0;e<n;e+=1)i.deps[e].rv=Vn;if(t!==null)for(let e of t)e.rv=Vn;J!==null&&(r===null?r=J:r.push(...J))}return e.f&8388608&&(e.f^=oe),u}catch(t){return Jn(e),ln(t)}finally{e.f^=ie,K=t,q=n,J=r,H=i,Ln=a,Ge(o),U=s,Hn=c}}function Jn(e){var t=e.deps,n=A?.is_fork;if(K!==null){var r;if(n||Xn(e,q),t!==null&&q>0)for(t.length=q+K.length,r=0;r<K.length;r++)t[q+r]=K[r];else e.deps=t=K;if(pn()&&e.f&512)for(r=q;r<t.length;r++)(t[r].reactions??=[]).push(e)}else!n&&t!==null&&q<t.length&&(Xn(e,q),t.length=q);return t}function Yn(e,t){let i=t.reactions;if(i!==null){var a=n.call(i,e);if(a!==-1){var o=i.length-1;o===0?i=t.reactions=null:(i[a]=i[o],i.pop())}}if(i===null&&t.f&2&&(K===null||!r.call(K,t))){var s=t;s.f&512&&(s.f^=512),s.v!==C&&et(s),s.ac!==null&&it(()=>{s.ac.abort(ge),s.ac=null,k(s,_)}),vt(s),Xn(s,0)}}function Xn(e,t){var n=e.deps;if(n!==null)for(var r=t;r<n.length;r++)Yn(e,n[r])}function Zn(e){var t=e.f;if(!(t&16384)){k(e,g);var n=G;G=e;try{t&16777232?Tn(e):wn(e),Cn(e);var r=qn(e);e.teardown=typeof r==`function`?r:null,e.wv=Bn}finally{G=n}}}async function Qn(){await Promise.resolve(),At()}function Y(e){var t=!!(e.f&2);if(Nn?.add(e),H!==null&&!U&&!(G!==null&&G.f&16384)&&(Ln===null||!Ln.has(e))){var n=H.deps;if(H.f&2097152)e.rv<Vn&&(e.rv=Vn,K===null&&n!==null&&n[q]===e?q++:K===null?K=[e]:K.push(e));else{H.deps??=[],r.call(H.deps,e)||H.deps.push(e);var i=e.reactions;i===null?e.reactions=[H]:r.call(i,H)||i.push(H)}}if(Pn&&M.has(e))return M.get(e);if(t){var a=e;if(Pn){var o=a.v;return(!(a.f&1024)&&a.reactions!==null||er(a))&&(o=gt(a)),M.set(a,o),o}var s=!(a.f&512)&&!U&&H!==null&&!!(H.f&512),c=(a.f&b)===0;Gn(a)&&(s&&(a.f|=512),_t(a)),s&&!c&&(yt(a),$n(a))}if(j?.has(e))return j.get(e);if(e.f&8388608)throw e.v;return e.v}function $n(e){if(e.f|=512,e.deps!==null)for(let n of e.deps){var t=n.reactions;t===null?n.reactions=[e]:r.call(t,e)||t.push(e),n.f&2&&!(n.f&512)&&(yt(n),$n(n))}}function er(e){if(e.v===C)return!0;if(e.deps===null)return!1;for(let t of e.deps)if(M.has(t)||t.f&2&&er(t))return!0;return!1}function tr(e){var t=U;try{return U=!0,e()}finally{U=t}}[...`allowfullscreen.async.autofocus.autoplay.checked.controls.default.disabled.formnovalidate.indeterminate.inert.ismap.loop.multiple.muted.nomodule.novalidate.open.playsinline.readonly.required.reversed.seamless.selected.webkitdirectory.defer.disablepictureinpicture.disableremoteplayback`.split(`.`)];var nr=[`touchstart`,`touchmove`];function rr(e){return nr.includes(e)}var ir=Symbol(`events`),ar=new Set,or=new Set;function sr(e,t,n,r={}){function i(e){if(r.capture||pr.call(t,e),!e.cancelBubble)return it(()=>n?.call(this,e))}return e.startsWith(`pointer`)||e.startsWith(`touch`)||e===`wheel`?(i.__removed=!1,O(()=>{i.__removed||t.addEventListener(e,i,r)})):t.addEventListener(e,i,r),i}function cr(e,t,n,r,i){var a={capture:r,passive:i},o=sr(e,t,n,a);(t===document.body||t===window||t===document||t instanceof HTMLMediaElement)&&mn(()=>{o.__removed=!0,t.removeEventListener(e,o,a)})}function lr(e,t,n){(t[ir]??={})[e]=n}function ur(e){for(var t=0;t<e.length;t++)ar.add(e[t]);for(var n of or)n(e)}var dr=null,fr=!1;function pr(e){var t=this,n=t.ownerDocument,r=e.type,i=e.composedPath?.()||[],o=i[0]||e.target;dr=e,fr||(fr=!0,setTimeout(()=>{fr=!1,dr=null}));var s=0,c=dr===e&&e[ir];if(c){var l=i.indexOf(c);if(l!==-1&&(t===document||t===window)){e[ir]=t;return}var u=i.indexOf(t);if(u===-1)return;l<=u&&(s=l)}if(o=i[s]||e.target,o!==t){a(e,`currentTarget`,{configurable:!0,get(){return o||n}});var d=H,f=G;W(null),In(null);try{for(var p,m=[];o!==null&&o!==t;){try{var h=o[ir]?.[r];h==null||o.disabled&&e.target!==o||h.call(o,e)}catch(e){p?m.push(e):p=e}if(e.cancelBubble)break;s++,o=s<i.length?i[s]:null}if(p){for(let e of m)queueMicrotask(()=>{throw e});throw p}}finally{e[ir]=t,delete e.currentTarget,W(d),In(f)}}}var mr=globalThis?.window?.trustedTypes&&globalThis.window.trustedTypes.createPolicy(`svelte-trusted-html`,{createHTML:e=>e});function hr(e){return mr?.createHTML(e)??e}function gr(e){var t=sn(`template`);return t.innerHTML=hr(e.replaceAll(`<!>`,`<!---->`)),t.content}function _r(e,t){var n=G;n.nodes===null&&(n.nodes={start:e,end:t,a:null,t:null})}function vr(e,t){var n=!!(t&1),r=!!(t&2),i,a=!e.startsWith(`<!>`);return()=>{if(w)return _r(T,null),T;i===void 0&&(i=gr(a?e:`<!>`+e),n||(i=en(i)));var t=r||Xt?document.importNode(i,!0):i.cloneNode(!0);return n?_r(en(t),t.lastChild):_r(t,t),t}}function yr(){if(w)return _r(T,null),T;var e=document.createDocumentFragment(),t=document.createComment(``),n=I();return e.append(t,n),_r(t,n),e}function X(e,t){if(w){var n=G;n.f&32768&&n.nodes.end!==null||(n.nodes.end=T),Te()}else e!==null&&e.before(t)}function br(e){let t=0,n=zt(0),r;return()=>{pn()&&(Y(n),bn(()=>(t===0&&(r=tr(()=>e(()=>Gt(n)))),t+=1,()=>{O(()=>{--t,t===0&&(r?.(),r=void 0,Gt(n))})})))}}var xr=te|S;function Sr(e,t,n,r){new Cr(e,t,n,r)}var Cr=class{parent;is_pending=!1;transform_error;#e;#t=w?T:null;#n;#r;#i;#a=null;#o=null;#s=null;#c=null;#l=0;#u=0;#d=!1;#f=new Map;#p=null;#m=br(()=>(this.#p=zt(this.#l),()=>{this.#p=null}));constructor(e,t,n,r){this.#e=e,this.#n=t,this.#r=e=>{var t=G;t.b=this,t.f|=128,n(e)},this.parent=G.b,this.transform_error=r??this.parent?.transform_error??(e=>e),this.#i=Sn(()=>{if(w){let e=ke(this.#t);Te();let t=e===`[!`;if(e.startsWith(`[?`)){let t=JSON.parse(e.slice(2));this.#g(t)}else t?this.#y():this.#h()}else this.#b()},xr),w&&(this.#e=T)}#h(){try{this.#a=B(()=>this.#r(this.#e))}catch(e){this.error(e)}}#g(e){let t=this.#n.failed,{reset:n,invoke_onerror:r}=this.#_(e);O(r),t&&(this.#s=B(()=>{t(this.#e,()=>e,()=>n)}))}#_(e){var t=!1,n=!1;let r=()=>{this.#v()||(t?Ce():(t=!0,n&&We(),this.#s!==null&&On(this.#s,()=>{this.#s=null}),this.#S(()=>{this.#b()})))};return{reset:r,invoke_onerror:()=>{if(!this.#v())try{n=!0,this.#n.onerror?.(e,r),n=!1}catch(e){z(e,this.#i&&this.#i.parent)}}}}#v(){return(this.#i.f&(ee|x))!==0}#y(){let e=this.#n.pending;e&&(this.is_pending=!0,this.#o=B(()=>e(this.#e)),O(()=>{if(!this.#v()){var e=this.#c=document.createDocumentFragment(),t=I(),n=!1;e.append(t),this.#a=this.#S(()=>{try{return B(()=>this.#r(t))}catch(e){try{this.error(e),n=!0}catch(e){z(e,this.#i.parent)}return null}}),this.#a===null?(this.#c=null,n&&this.#x(A)):this.#u===0&&(this.#e.before(e),this.#c=null,On(this.#o,()=>{this.#o=null}),this.#x(A))}}))}#b(){try{if(this.is_pending=this.has_pending_snippet(),this.#u=0,this.#l=0,this.#a=B(()=>{this.#r(this.#e)}),this.#u>0){var e=this.#c=document.createDocumentFragment();Mn(this.#a,e);let t=this.#n.pending;this.#o=B(()=>t(this.#e))}else this.#x(A)}catch(e){this.error(e)}}#x(e){this.is_pending=!1,e.transfer_reactions(this.#f)}defer_effect(e){tt(e,this.#f)}is_rendered(){return!this.is_pending&&(!this.parent||this.parent.is_rendered())}has_pending_snippet(){return!!this.#n.pending}#S(e){var t=G,n=H,r=D;In(this.#i),W(this.#i),Ge(this.#i.ctx);try{return kt.ensure(),e()}finally{In(t),W(n),Ge(r)}}#C(e,t){this.has_pending_snippet()?(this.#u+=e,this.#u===0&&(this.#x(t),this.#o&&On(this.#o,()=>{this.#o=null}),this.#c&&=(this.#e.before(this.#c),null))):this.parent&&this.parent.#C(e,t)}update_pending_count(e,t){this.#C(e,t),this.#l+=e,!this.#p||this.#d||(this.#d=!0,O(()=>{this.#d=!1,this.#p&&Ut(this.#p,this.#l)}))}get_effect_pending(){return this.#m(),Y(this.#p)}error(e){if(e===ve||!this.#n.onerror&&!this.#n.failed)throw e;A?.is_fork?(this.#a&&A.skip_effect(this.#a),this.#o&&A.skip_effect(this.#o),this.#s&&A.skip_effect(this.#s),A.oncommit(()=>{this.#v()||this.#w(e)})):this.#w(e)}#w(e){this.#a&&=(V(this.#a),null),this.#o&&=(V(this.#o),null),this.#s&&=(V(this.#s),null),w&&(E(this.#t),De(),E(Oe()));let t=this.#n.failed,n=e=>{if(this.#v())return;let{reset:n,invoke_onerror:r}=this.#_(e);r(),t&&!this.#v()&&(this.#s=this.#S(()=>{try{return B(()=>{var r=G;r.b=this,r.f|=128,t(this.#e,()=>e,()=>n)})}catch(e){return z(e,this.#i.parent),null}}))};O(()=>{if(!this.#v()){var t;try{t=this.transform_error(e)}catch(e){z(e,this.#i&&this.#i.parent);return}typeof t==`object`&&t&&typeof t.then==`function`?t.then(n,e=>z(e,this.#i&&this.#i.parent)):n(t)}})}};function wr(e,t){var n=t==null?``:typeof t==`object`?`${t}`:t;n!==(e[me]??=e.nodeValue)&&(e[me]=n,e.nodeValue=`${n}`)}function Tr(e,t){return Dr(e,t)}var Er=new Map;function Dr(e,{target:t,anchor:n,props:r={},events:a,context:o,intro:s=!0,transformError:c}){$t();var l=void 0,u=_n(()=>{var s=n??t.appendChild(I());Sr(s,{pending:()=>{}},t=>{Ke({});var n=D;if(o&&(n.c=o),a&&(r.$$events=a),w&&_r(t,null),l=e(t,r)||Je(),w&&(G.nodes.end=T,T===null||T.nodeType!==8||T.data!==`]`))throw xe(),ve;qe()},c);var u=new Set,d=e=>{for(var n=0;n<e.length;n++){var r=e[n];if(!u.has(r)){u.add(r);var i=rr(r);for(let e of[t,document]){var a=Er.get(e);a===void 0&&(a=new Map,Er.set(e,a));var o=a.get(r);o===void 0?(e.addEventListener(r,pr,{passive:i}),a.set(r,1)):a.set(r,o+1)}}}};return d(i(ar)),or.add(d),()=>{for(var e of u)for(let n of[t,document]){var r=Er.get(n),i=r.get(e);--i==0?(n.removeEventListener(e,pr),r.delete(e),r.size===0&&Er.delete(n)):r.set(e,i)}or.delete(d),s!==n&&s.parentNode?.removeChild(s)}});return Or.set(l,u),l}var Or=new WeakMap,kr=class{anchor;#e=new Map;#t=new Map;#n=new Map;#r=new Set;#i=!0;constructor(e,t=!0){this.anchor=e,this.#i=t}#a=e=>{if(this.#e.has(e)){var t=this.#e.get(e),n=this.#t.get(t);if(n)An(n),this.#r.delete(t);else{var r=this.#n.get(t);r&&(An(r.effect),this.#t.set(t,r.effect),this.#n.delete(t),r.fragment.lastChild.remove(),this.anchor.before(r.fragment),n=r.effect)}for(let[t,n]of this.#e){if(this.#e.delete(t),t===e)break;let r=this.#n.get(n);r&&(V(r.effect),this.#n.delete(n))}for(let[e,r]of this.#t){if(e===t||this.#r.has(e))continue;let i=()=>{if(Array.from(this.#e.values()).includes(e)){var t=document.createDocumentFragment();Mn(r,t),t.append(I()),this.#n.set(e,{effect:r,fragment:t})}else V(r);this.#r.delete(e),this.#t.delete(e)};this.#i||!n?(this.#r.add(e),On(r,i,!1)):i()}}};#o=e=>{this.#e.delete(e);let t=Array.from(this.#e.values());for(let[e,n]of this.#n)t.includes(e)||(V(n.effect),this.#n.delete(e))};ensure(e,t){var n=A,r=on();if(t&&!this.#t.has(e)&&!this.#n.has(e)){if(r){var i=document.createDocumentFragment(),a=I();i.append(a),this.#n.set(e,{effect:B(()=>t(a)),fragment:i})}else this.#t.set(e,B(()=>t(this.anchor)))}if(this.#e.set(n,e),r){for(let[t,r]of this.#t)t===e?n.unskip_effect(r):n.skip_effect(r);for(let[t,r]of this.#n)t===e?n.unskip_effect(r.effect):n.skip_effect(r.effect);n.oncommit(this.#a),n.ondiscard(this.#o)}else w&&(this.anchor=T),this.#a(n)}},Ar=0,jr=1,Mr=2;function Nr(e,t,n,r,i){w&&Te();var a=Ye(),o=C,s=a?zt(o):Bt(o,!1,!1),c=a?zt(o):Bt(o,!1,!1),l=new kr(e);Sn(()=>{var a=A,o=t(),u=!1;let d=w&&p(o)===(e.data===`[!`);if(d&&(E(Oe()),we(!1)),p(o)){var f=st(),m=!1;let e=e=>{if(!u){m=!0,f(!1),A===a&&a.deactivate(),kt.ensure();try{e()}finally{ct(!1),Ct||At()}}};o.then(t=>{e(()=>{Ut(s,t),l.ensure(jr,r&&(e=>r(e,s)))})},t=>{e(()=>{if(Ut(c,t),l.ensure(Mr,i&&(e=>i(e,c))),!i)throw c.v})}),w?l.ensure(Ar,n):O(()=>{m||e(()=>{l.ensure(Ar,n)})})}else Ut(s,o),l.ensure(jr,r&&(e=>r(e,s)));return d&&we(!0),()=>{u=!0}})}function Pr(e,t,n=!1){var r;w&&(r=T,Te());var i=new kr(e),a=n?te:0;function o(e,t){if(w){var n=ke(r);if(e!==parseInt(n.substring(1))){var a=Oe();E(a),i.anchor=a,we(!1),i.ensure(e,t),we(!0);return}}i.ensure(e,t)}Sn(()=>{var e=!1;t((t,n=0)=>{e=!0,o(n,t)}),e||o(-1,null)},a)}function Fr(e,t){return t}function Ir(e,t,n){for(var r=[],a=t.length,o,s=t.length,c=0;c<a;c++){let n=t[c];On(n,()=>{if(o){if(o.pending.delete(n),o.done.add(n),o.pending.size===0){var t=e.outrogroups;Lr(e,i(o.done)),t.delete(o),t.size===0&&(e.outrogroups=null)}}else--s},!1)}if(s===0){var l=r.length===0&&n!==null&&e.pending.size===0;if(l){var u=n,d=u.parentNode;an(d),d.append(u),e.items.clear()}Lr(e,t,!l)}else o={pending:new Set(t),done:new Set},(e.outrogroups??=new Set).add(o)}function Lr(e,t,n=!0){var r;if(e.pending.size>0){r=new Set;for(let t of e.pending.values())for(let n of t)r.add(e.items.get(n).e)}for(var i=0;i<t.length;i++){var a=t[i];r?.has(a)?(a.f|=re,Mn(a,document.createDocumentFragment())):V(t[i],n)}}var Rr;function zr(e,n,r,a,o,s=null){var c=e,l=new Map;if(n&4){var u=e;c=w?E(en(u)):u.appendChild(I())}w&&Te();var d=null,f=mt(()=>{var e=r();return t(e)?e:e==null?[]:i(e)}),p=new Map,m=!0;function h(e){if(!(_.effect.f&16384)){_.pending.delete(e);var t=Y(f);_.fallback=d,Vr(_,t,c,n,a),d!==null&&(t.length===0?d.f&33554432?(d.f^=re,Ur(d,null,c)):An(d):On(d,()=>{d=null}))}}function g(e){_.pending.delete(e)}var _={effect:Sn(()=>{var e=Y(f),t=e.length;let i=!1;w&&ke(c)===`[!`!=(t===0)&&(c=Oe(),E(c),we(!1),i=!0);for(var u=new Set,_=A,v=on(),y=0;y<t;y+=1){w&&T.nodeType===8&&T.data===`]`&&(c=T,i=!0,we(!1));var ee=e[y],b=a(ee,y),x=m?null:l.get(b);x?(x.v&&Ut(x.v,ee),x.i&&Ut(x.i,y),v&&_.unskip_effect(x.e)):(x=Hr(l,m?c:Rr??=I(),ee,b,y,o,n,r),m||(x.e.f|=re),l.set(b,x)),u.add(b)}if(t===0&&s&&!d&&(m?d=B(()=>s(c)):(d=B(()=>s(Rr??=I())),d.f|=re)),t>u.size&&Fe(``,``,``),w&&t>0&&E(Oe()),!m){if(p.set(_,u),v){for(let[e,t]of l)u.has(e)||_.skip_effect(t.e);_.oncommit(h),_.ondiscard(g)}else h(_)}i&&we(!0),Y(f)}),flags:n,items:l,pending:p,outrogroups:null,fallback:d};m=!1,w&&(c=T)}function Br(e){for(;e!==null&&!(e.f&32);)e=e.next;return e}function Vr(e,t,n,r,a){var o=!!(r&8),s=t.length,c=e.items,l=Br(e.effect.first),u,d=null,f,p=[],m=[],h,g,_,v;if(o)for(v=0;v<s;v+=1)h=t[v],g=a(h,v),_=c.get(g).e,_.f&33554432||(_.nodes?.a?.measure(),(f??=new Set).add(_));for(v=0;v<s;v+=1){if(h=t[v],g=a(h,v),_=c.get(g).e,e.outrogroups!==null)for(let t of e.outrogroups)t.pending.delete(_),t.done.delete(_);if(_.f&8192&&(An(_),o&&(_.nodes?.a?.unfix(),(f??=new Set).delete(_))),_.f&33554432){if(_.f^=re,_===l)Ur(_,null,n);else{var y=d?d.next:l;_===e.effect.last&&(e.effect.last=_.prev),_.prev&&(_.prev.next=_.next),_.next&&(_.next.prev=_.prev),Wr(e,d,_),Wr(e,_,y),Ur(_,y,n),d=_,p=[],m=[],l=Br(d.next);continue}}if(_!==l){if(u!==void 0&&u.has(_)){if(p.length<m.length){var ee=m[0],b;d=ee.prev;var x=p[0],te=p[p.length-1];for(b=0;b<p.length;b+=1)Ur(p[b],ee,n);for(b=0;b<m.length;b+=1)u.delete(m[b]);Wr(e,x.prev,te.next),Wr(e,d,x),Wr(e,te,ee),l=ee,d=te,--v,p=[],m=[]}else u.delete(_),Ur(_,l,n),Wr(e,_.prev,_.next),Wr(e,_,d===null?e.effect.first:d.next),Wr(e,d,_),d=_;continue}for(p=[],m=[];l!==null&&l!==_;)(u??=new Set).add(l),m.push(l),l=Br(l.next);if(l===null)continue}_.f&33554432||p.push(_),d=_,l=Br(_.next)}if(e.outrogroups!==null){for(let t of e.outrogroups)t.pending.size===0&&(Lr(e,i(t.done)),e.outrogroups?.delete(t));e.outrogroups.size===0&&(e.outrogroups=null)}if(l!==null||u!==void 0){var S=[];if(u!==void 0)for(_ of u)_.f&8192||S.push(_);for(;l!==null;)!(l.f&8192)&&l!==e.fallback&&S.push(l),l=Br(l.next);var ne=S.length;if(ne>0){var ie=r&4&&s===0?n:null;if(o){for(v=0;v<ne;v+=1)S[v].nodes?.a?.measure();for(v=0;v<ne;v+=1)S[v].nodes?.a?.fix()}Ir(e,S,ie)}}o&&O(()=>{if(f!==void 0)for(_ of f)_.nodes?.a?.apply()})}function Hr(e,t,n,r,i,a,o,s){var c=o&1?o&16?zt(n):Bt(n,!1,!1):null,l=o&2?zt(i):null;return{v:c,i:l,e:B(()=>(a(t,c??n,l??i,s),()=>{e.delete(r)}))}}function Ur(e,t,n){if(e.nodes)for(var r=e.nodes.start,i=e.nodes.end,a=t&&!(t.f&33554432)?t.nodes.start:n;r!==null;){var o=tn(r);if(a.before(r),r===i)return;r=o}}function Wr(e,t,n){t===null?e.effect.first=n:t.next=n,n===null?e.effect.last=t:n.prev=t}function Gr(e,t,...n){var r=new kr(e);Sn(()=>{let e=t()??null;r.ensure(e,e&&(t=>e(t,...n)))},te)}function Kr(e,t,n){var r;w&&(r=T,Te());var i=new kr(e);Sn(()=>{var e=t()??null;if(w&&ke(r)===`[`!=(e!==null)){var a=Oe();E(a),i.anchor=a,we(!1),i.ensure(e,e&&(t=>n(t,e))),we(!0)}else i.ensure(e,e&&(t=>n(t,e)))},te)}var qr=[...` 	
\r\f\xA0\v﻿`];function Jr(e,t,n){var r=e==null?``:``+e;if(t&&(r=r?r+` `+t:t),n){for(var i of Object.keys(n))if(n[i])r=r?r+` `+i:i;else if(r.length)for(var a=i.length,o=0;(o=r.indexOf(i,o))>=0;){var s=o+a;(o===0||qr.includes(r[o-1]))&&(s===r.length||qr.includes(r[s]))?r=(o===0?``:r.substring(0,o))+r.substring(s+1):o=s}}return r===``?null:r}function Yr(e,t=!1){var n=t?` !important;`:`;`,r=``;for(var i of Object.keys(e)){var a=e[i];a!=null&&a!==``&&(r+=` `+i+`: `+a+n)}return r}function Xr(e){return e[0]!==`-`||e[1]!==`-`?e.toLowerCase():e}function Zr(e,t){if(t){var n=``,r,i;if(Array.isArray(t)?(r=t[0],i=t[1]):r=t,e){e=String(e).replaceAll(/\/\*.*?\*\//g,``).trim();var a=!1,o=0,s=!1,c=[];r&&c.push(...Object.keys(r).map(Xr)),i&&c.push(...Object.keys(i).map(Xr));var l=0,u=-1;let t=e.length;for(var d=0;d<t;d++){var f=e[d];if(s?f===`/`&&e[d-1]===`*`&&(s=!1):a?a===f&&(a=!1):f===`/`&&e[d+1]===`*`?s=!0:f===`"`||f===`'`?a=f:f===`(`?o++:f===`)`&&o--,!s&&a===!1&&o===0){if(f===`:`&&u===-1)u=d;else if(f===`;`||d===t-1){if(u!==-1){var p=Xr(e.substring(l,u).trim());if(!c.includes(p)){f!==`;`&&d++;var m=e.substring(l,d).trim();n+=` `+m+`;`}}l=d+1,u=-1}}}}return r&&(n+=Yr(r)),i&&(n+=Yr(i,!0)),n=n.trim(),n===``?null:n}return e==null?null:String(e)}function Qr(e,t,n,r,i,a){var o=e[fe];if(w||o!==n||o===void 0){var s=Jr(n,r,a);w&&s===e.getAttribute(`class`)||(s==null?e.removeAttribute(`class`):t?e.className=s:e.setAttribute(`class`,s)),e[fe]=n}else if(a&&i!==a)for(var c in a){var l=!!a[c];(i==null||l!==!!i[c])&&e.classList.toggle(c,l)}return a}function $r(e,t={},n,r){for(var i in n){var a=n[i];t[i]!==a&&(n[i]==null?e.style.removeProperty(i):e.style.setProperty(i,a,r))}}function ei(e,t,n,r){var i=e[pe];if(w||i!==t){var a=Zr(t,r);w&&a===e.getAttribute(`style`)||(a==null?e.removeAttribute(`style`):e.style.cssText=a),e[pe]=t}else r&&(Array.isArray(r)?($r(e,n?.[0],r[0]),$r(e,n?.[1],r[1],`important`)):$r(e,n,r));return r}function ti(e,t){t?e.hasAttribute(`selected`)||e.setAttribute(`selected`,``):e.removeAttribute(`selected`)}function ni(e,n){var r=e.__defaultValue,i=e.multiple,a=i?r??[]:null;if(!i||t(a)){var o=e.selectedIndex,s=n&&i?new Set(e.selectedOptions):null;for(var c of e.options){var l=oi(c);ti(c,i?a.includes(l):Jt(l,r))}if(n){if(s!==null)for(c of e.options){var u=s.has(c);c.selected!==u&&(c.selected=u)}else e.selectedIndex!==o&&(e.selectedIndex=o)}}}function ri(e,n,r=!1){if(e.multiple){if(n==null)return;if(!t(n))return Se();for(var i of e.options)i.selected=n.includes(oi(i))}else{for(i of e.options)if(Jt(oi(i),n)){i.selected=!0;return}r&&n===void 0||(e.selectedIndex=-1)}}function ii(e){var t=new MutationObserver(t=>{t.every(si)||(`__defaultValue`in e&&ni(e,!1),`__value`in e&&ri(e,e.__value))});t.observe(e,{childList:!0,subtree:!0,attributes:!0,attributeFilter:[`value`]}),mn(()=>{t.disconnect()})}function ai(e,t,n=t){var r=new WeakSet,i=!0;at(e,`change`,t=>{var i=t?`[selected]`:`:checked`,a;if(e.multiple)a=[].map.call(e.querySelectorAll(i),oi);else{var o=e.querySelector(i)??e.querySelector(`option:not([disabled])`);a=o&&oi(o)}n(a),e.__value=a,A!==null&&r.add(A)}),vn(()=>{var a=t();if(e===document.activeElement){var o=A;if(r.has(o))return}if(ri(e,a,i),i&&a===void 0){var s=e.querySelector(`:checked`);s!==null&&(a=oi(s),n(a))}e.__value=a,i=!1})}function oi(e){return`__value`in e?e.__value:e.value}function si(e){if(e.target.closest(`selectedcontent`)!==null)return!0;if(e.type===`childList`){var t=[...e.addedNodes,...e.removedNodes];return t.length>0&&t.every(e=>e.nodeName===`SELECTEDCONTENT`)}return!1}var ci=Symbol(`is custom element`),li=Symbol(`is html`),ui=_e?`link`:`LINK`,di=_e?`progress`:`PROGRESS`;function fi(e){if(w){var t=!1,n=()=>{if(!t){if(t=!0,e.hasAttribute(`value`)){var n=e.value;hi(e,`value`,null),e.value=n}if(e.hasAttribute(`checked`)){var r=e.checked;hi(e,`checked`,null),e.checked=r}}};e[he]=n,O(n),rt()}}function pi(e,t){var n=gi(e);n.value!==(n.value=t??void 0)&&(e.value!==t||t===0&&e.nodeName===di)&&(e.value=t??``)}function mi(e,t){var n=gi(e);n.checked!==(n.checked=t??void 0)&&(e.checked=t)}function hi(e,t,n,r){var i=gi(e);if(!(w&&(i[t]=e.getAttribute(t),t===`src`||t===`srcset`||t===`href`&&e.nodeName===ui))){var a=i[t];a!==(i[t]=n)&&(t===`loading`&&(e[ue]=n),n==null?e.removeAttribute(t):typeof n!=`string`&&vi(e).has(t)?e[t]=n:(!w||typeof n!=`number`&&typeof n!=`boolean`||a!==String(n))&&e.setAttribute(t,n))}}function gi(e){return e[de]??={[ci]:e.nodeName.includes(`-`),[li]:e.namespaceURI===ye}}var _i=new Map;function vi(e){var t=e.getAttribute(`is`)||e.nodeName,n=_i.get(t);if(n)return n;_i.set(t,n=new Set);for(var r,i=e,a=Element.prototype;a!==i;){for(var o in r=s(i),r)r[o].set&&o!==`innerHTML`&&o!==`textContent`&&o!==`innerText`&&n.add(o);i=u(i)}return n}function yi(e,t,n=t){var r=new WeakSet;at(e,`input`,async i=>{var a=i?e.defaultValue:e.value;if(a=bi(e)?xi(a):a,n(a),A!==null&&r.add(A),await Qn(),a!==(a=t())){var o=e.selectionStart,s=e.selectionEnd,c=e.value.length;if(e.value=a??``,s!==null){var l=e.value.length;o===s&&s===c&&l>c?(e.selectionStart=l,e.selectionEnd=l):(e.selectionStart=o,e.selectionEnd=Math.min(s,l))}}}),(w&&e.defaultValue!==e.value||tr(t)==null&&e.value)&&(n(bi(e)?xi(e.value):e.value),A!==null&&r.add(A)),bn(()=>{var n=t();if(e===document.activeElement){var i=A;if(r.has(i))return}bi(e)&&n===xi(e.value)||(e.type!==`date`||n||e.value)&&n!==e.value&&(e.value=n??``)})}function bi(e){var t=e.type;return t===`number`||t===`range`}function xi(e){return e===``?null:+e}function Si(e,t){return e===t||e?.[se]===t}function Ci(e=Je(),t,n,r){var i=D.r,a=G;return vn(()=>{var o,s;return bn(()=>{o=s,s=r?.()||[],tr(()=>{Si(n(...s),e)||(t(e,...s),o&&Si(n(...o),e)&&t(null,...o))})}),()=>{let r=a;for(;r!==i&&r.parent!==null&&r.parent.f&33554432;)r=r.parent;let o=()=>{s&&Si(n(...s),e)&&t(null,...s)},c=r.teardown;r.teardown=()=>{o(),c?.()}}}),e}var wi=!1;function Ti(e){var t=wi;try{return wi=!1,[e(),wi]}finally{wi=t}}function Ei(e,t,n,r){var i=!0,a=!!(n&8),s=!!(n&16),c=r,l=!0,u=void 0,d=()=>s&&i?(u??=ut(r),Y(u)):(l&&(l=!1,c=s?tr(r):r),c);let f;if(a){var p=se in e||le in e;f=o(e,t)?.set??(p&&t in e?n=>e[t]=n:void 0)}var m,h=!1;a?[m,h]=Ti(()=>e[t]):m=e[t],m===void 0&&r!==void 0&&(m=d(),f&&(i&&Be(t),f(m)));var g=i?()=>{var n=e[t];return n===void 0?d():(l=!0,n)}:()=>{var n=e[t];return n!==void 0&&(c=void 0),n===void 0?c:n};if(i&&!(n&4))return g;if(f){var _=e.$$legacy;return(function(e,t){return arguments.length>0?((!i||!t||_||h)&&f(t?g():e),e):g()})}var v=!1,y=(n&1?ut:mt)(()=>(v=!1,g()));a&&Y(y);var ee=G;return(function(e,t){if(arguments.length>0){let n=t?Y(y):i&&a?F(e):e;return P(y,n),v=!0,c!==void 0&&(c=n),e}return Pn&&v||ee.f&16384?y.v:Y(y)})}function Di(e){D===null&&Ne(`onMount`),hn(()=>{let t=tr(e);if(typeof t==`function`)return t})}function Oi(e){D===null&&Ne(`onDestroy`),Di(()=>()=>tr(e))}var ki=`ai-usage-theme`,Ai=matchMedia(`(prefers-color-scheme: dark)`);function ji(){let e=localStorage.getItem(ki);return e===`light`||e===`dark`?e:`system`}function Mi(e=ji()){return e===`system`?Ai.matches?`dark`:`light`:e}function Ni(e=ji()){e===`system`?localStorage.removeItem(ki):localStorage.setItem(ki,e),document.documentElement.dataset.theme=Mi(e)}Ai.addEventListener(`change`,()=>Ni()),typeof window<`u`&&((window.__svelte??={}).v??=new Set).add(`5`);var Pi=[{name:`login`,pattern:/^\/login$/,keys:[],private:!1,load:()=>e(()=>import(`./Login-D-WW3s2Y.js`),__vite__mapDeps([0,1]))},{name:`setup`,pattern:/^\/setup$/,keys:[],private:!1,load:()=>e(()=>import(`./FirstRun-Cr25O_sx.js`),__vite__mapDeps([2,1]))},{name:`invite`,pattern:/^\/invite$/,keys:[],private:!1,load:()=>e(()=>import(`./Invite-CBkhwzg8.js`),__vite__mapDeps([3,1]))},{name:`home`,pattern:/^\/$/,keys:[],private:!0,load:()=>e(()=>import(`./Home-DAdW92UI.js`),[])},{name:`account`,pattern:/^\/account$/,keys:[],private:!0,load:()=>e(()=>import(`./Account-4aBrU6bL.js`),[])},{name:`new-workspace`,pattern:/^\/workspaces\/new$/,keys:[],private:!0,load:()=>e(()=>import(`./NewWorkspace-BhzDF61o.js`),__vite__mapDeps([4,1]))},{name:`workspace`,pattern:/^\/w\/([^/]+)$/,keys:[`workspaceId`],private:!0,load:()=>e(()=>import(`./Dashboard-CcTGriuF.js`),__vite__mapDeps([5,6,1,7]))},{name:`members`,pattern:/^\/w\/([^/]+)\/members$/,keys:[`workspaceId`],private:!0,load:()=>e(()=>import(`./Members-C7sgUIEN.js`),__vite__mapDeps([8,1,9]))}],Fi={name:`not-found`,pattern:/$^/,keys:[],private:!1,load:()=>e(()=>import(`./NotFound-DpGg9MqW.js`),[])};function Ii(e){for(let t of Pi){let n=t.pattern.exec(e);if(n){let e={};return t.keys.forEach((t,r)=>e[t]=decodeURIComponent(n[r+1]??``)),{name:t.name,params:e,private:t.private,load:t.load}}}return{name:Fi.name,params:{},private:!1,load:Fi.load}}var Li=F({route:Ii(location.pathname),path:location.pathname});function Ri(e,t={}){t.replace?history.replaceState(null,``,e):history.pushState(null,``,e),zi()}function zi(){Li.path=location.pathname,Li.route=Ii(location.pathname)}addEventListener(`popstate`,zi),document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target?.closest?.(`a`);if(!t||t.target||t.hasAttribute(`download`)||t.dataset.external!==void 0)return;let n=new URL(t.href,location.href);n.origin!==location.origin||n.pathname.startsWith(`/graphiql`)||(e.preventDefault(),Ri(n.pathname+n.search+n.hash))});function Bi(){let e=new URLSearchParams(location.search).get(`next`);return e&&e.startsWith(`/`)&&!e.startsWith(`//`)?e:`/`}var Z=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new Z(`
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
    `,{fragmentName:`Breakdown`});var Vi={'\n  query DashboardMeta($workspaceId: ID!, $isAdmin: Boolean!) {\n    integrations(workspaceId: $workspaceId) {\n      id\n      provider\n      displayName\n      status\n      historyHorizon\n      createdAt\n      lastSyncedAt\n      needsAttention\n      attentionReason\n    }\n    persons(workspaceId: $workspaceId) @include(if: $isAdmin) {\n      id\n      displayName\n    }\n    teams: breakdown(workspaceId: $workspaceId, dimension: TEAM, top: 1000) {\n      rows {\n        key\n      }\n    }\n    metricType: __type(name: "Metric") {\n      enumValues {\n        name\n        description\n      }\n    }\n    figuresType: __type(name: "PeriodFigures") {\n      fields {\n        name\n        description\n      }\n    }\n  }\n':new Z(`
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
    `)};function Q(e){return Vi[e]??{}}var Hi=class extends Error{code;field;constructor(e,t,n){super(e),this.name=`ApiError`,this.code=t,this.field=n}};function Ui(e){let t=e[0];return new Hi(t?.message??`request failed`,t?.extensions?.code??`INTERNAL`,t?.extensions?.field)}async function Wi(e,...[t]){let n;try{n=await fetch(`/graphql`,{method:`POST`,credentials:`same-origin`,headers:{"content-type":`application/json`,accept:`application/json`},body:JSON.stringify({query:e.toString(),variables:t??{}})})}catch{throw new Hi(`The service cannot be reached. Check your connection and try again.`,`NETWORK`)}let r;try{r=await n.json()}catch{throw new Hi(`The service answered ${n.status} without a GraphQL body.`,`INTERNAL`)}if(r.errors?.length)throw Ui(r.errors);if(r.data==null)throw new Hi(`The service sent no data.`,`INTERNAL`);return r.data}var Gi;function Ki(){return Gi??=e(async()=>{let{createClient:e}=await import(`./dist-DHCRdjNZ.js`).then(e=>e.t);return{createClient:e}},__vite__mapDeps([10,6])).then(({createClient:e})=>e({url:`${location.protocol===`https:`?`wss:`:`ws:`}//${location.host}/graphql/ws`,lazy:!0,retryAttempts:1/0,shouldRetry:()=>!0})),Gi}function qi(e,t,n,r=()=>{}){let i,a=!1;return Ki().then(o=>{a||(i=o.subscribe({query:e.toString(),variables:t},{next:e=>{e.errors?.length?r(Ui(e.errors)):e.data&&n(e.data)},error:()=>r(new Hi(`The live connection failed.`,`NETWORK`)),complete:()=>{}}))}),()=>{a=!0,i?.()}}async function Ji(){if(!Gi)return;let e=await Gi;Gi=void 0,await e.dispose()}function Yi(e){if(!(e instanceof Hi))return`Something went wrong. Try again.`;switch(e.code){case`FORBIDDEN`:return`You do not have permission to do this here. Ask an admin of this workspace if you need access.`;case`UNAUTHENTICATED`:return e.message===`wrong email or password`?`Wrong email or password.`:`Your session has ended. Log in again.`;case`RATE_LIMITED`:return`Too many attempts. Wait a minute and try again.`;case`NOT_FOUND`:return`This does not exist, or you cannot see it.`;case`NETWORK`:return e.message;case`BAD_USER_INPUT`:case`CONFLICT`:return Xi(e.message);default:return`The service had a problem. Try again in a moment.`}}function Xi(e){let t=e.charAt(0).toUpperCase()+e.slice(1);return/[.!?]$/.test(t)?t:`${t}.`}var Zi=Q(`
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
`),Qi=Q(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      user {
        id
      }
    }
  }
`),$i=Q(`
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
`),ea=Q(`
  mutation LogOut {
    logOut
  }
`),ta=Q(`
  mutation ChangePassword($current: String!, $new: String!) {
    changePassword(current: $current, new: $new)
  }
`),na=Q(`
  mutation AcceptInvite($token: String!) {
    acceptInvite(token: $token) {
      id
      name
      role
    }
  }
`),ra=Q(`
  mutation CreateWorkspace($name: String!) {
    createWorkspace(name: $name) {
      id
      name
      kind
      role
    }
  }
`),ia=Q(`
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
`),aa=Q(`
  query Invitations($workspaceId: ID!) {
    invitations(workspaceId: $workspaceId) {
      id
      email
      role
      expiresAt
    }
  }
`),oa=Q(`
  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {
    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {
      id
      token
      email
      role
      expiresAt
    }
  }
`),sa=Q(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`),$=F({loaded:!1,user:null,workspaces:[],version:``,error:null});async function ca(){try{let e=await Wi(Zi);$.user=e.me,$.workspaces=e.workspaces,$.version=e.version,$.error=null}catch(e){$.user=null,$.workspaces=[],$.error=e instanceof Hi&&e.code===`UNAUTHENTICATED`?null:String(e)}$.loaded=!0}async function la(){try{await Wi(ea)}finally{await Ji(),$.user=null,$.workspaces=[]}}var ua={VIEWER:0,MEMBER:1,ADMIN:2,OWNER:3};function da(e,t){return e!==void 0&&ua[e]>=ua[t]}function fa(e){let t=e??localStorage.getItem(`ai-usage-workspace`)??void 0;return $.workspaces.find(e=>e.id===t)??$.workspaces[0]}function pa(e){localStorage.setItem(`ai-usage-workspace`,e)}var ma=vr(`<button type="button" class="secondary theme-toggle">Dark theme</button>`);function ha(e,t){Ke(t,!0);let n=N(F(Mi(ji())));function r(){let e=Y(n)===`dark`?`light`:`dark`;Ni(e),P(n,e,!0)}var i=ma();xn(()=>hi(i,`aria-pressed`,Y(n)===`dark`)),lr(`click`,i,r),X(e,i),qe()}ur([`click`]);var ga=vr(`<option> </option>`),_a=vr(`<div class="switcher svelte-12hq2y2"><label for="workspace-switcher" class="svelte-12hq2y2">Workspace</label> <select id="workspace-switcher" class="svelte-12hq2y2"><!><option>+ New workspace…</option></select></div>`),va=vr(`<li><a class="svelte-12hq2y2">Members</a></li>`),ya=vr(`<li><a class="svelte-12hq2y2">Dashboard</a></li> <!>`,1),ba=vr(`<a class="skip-link" href="#main">Skip to content</a> <header class="top svelte-12hq2y2"><a class="brand svelte-12hq2y2" href="/">ai-usage</a> <!> <nav aria-label="Main" class="svelte-12hq2y2"><ul class="svelte-12hq2y2"><!> <li><a href="/graphiql" data-external="">GraphiQL</a></li> <li><a href="/account" class="svelte-12hq2y2">Account</a></li></ul></nav> <div class="tools svelte-12hq2y2"><!> <button type="button" class="secondary">Log out</button></div></header> <main id="main" tabindex="-1" class="svelte-12hq2y2"><!></main>`,1);function xa(e,t){Ke(t,!0);let n=pt(()=>fa(Li.route.params.workspaceId)),r=pt(()=>da(Y(n)?.role,`ADMIN`));function i(e){let t=e.currentTarget.value;t===`new`?Ri(`/workspaces/new`):(pa(t),Ri(`/w/${t}`))}async function a(){await la(),Ri(`/login`)}var o=ba(),s=R(nn(o),2),c=R(L(s),2),l=e=>{var t=_a(),r=R(L(t),2),a=L(r);zr(a,17,()=>$.workspaces,e=>e.id,(e,t)=>{var n=ga(),r=rn(n),i={};xn(e=>{wr(r,`${Y(t).name??``} (${e??``})`),i!==(i=Y(t).id)&&(n.value=(n.__value=i)??``)},[()=>Y(t).role.toLowerCase()]),X(e,n)});var o=R(a);o.value=o.__value=`new`,Ee(r);var s;ii(r),Ee(t),xn(()=>{s!==(s=Y(n)?.id)&&(r.value=(r.__value=s)??``,ri(r,s))}),lr(`change`,r,i),X(e,t)};Pr(c,e=>{$.workspaces.length&&e(l)});var u=R(c,2),d=L(u),f=L(d),p=e=>{var t=ya(),i=nn(t),a=rn(i),o=R(i,2),s=e=>{var t=va(),r=rn(t);xn(()=>{hi(r,`href`,`/w/${Y(n).id}/members`),hi(r,`aria-current`,Li.route.name===`members`?`page`:void 0)}),X(e,t)};Pr(o,e=>{Y(r)&&e(s)}),xn(()=>{hi(a,`href`,`/w/${Y(n).id}`),hi(a,`aria-current`,Li.route.name===`workspace`?`page`:void 0)}),X(e,t)};Pr(f,e=>{Y(n)&&e(p)});var m=rn(R(f,4));Ee(d),Ee(u);var h=R(u,2),g=L(h);ha(g,{});var _=R(g,2);Ee(h),Ee(s);var v=R(s,2);Gr(L(v),()=>t.children),Ee(v),xn(()=>hi(m,`aria-current`,Li.route.name===`account`?`page`:void 0)),lr(`click`,_,a),X(e,o),qe()}ur([`change`,`click`]);var Sa=vr(`<p class="narrow muted" role="status">Loading…</p>`),Ca=vr(`<main class="narrow"><h1>The service cannot be reached</h1> <p class="error" role="alert"> </p> <button type="button">Try again</button></main>`);function wa(e,t){Ke(t,!0),ca();let n=pt(()=>Li.route),r=pt(()=>Y(n).load());hn(()=>{if($.loaded){if(Y(n).private&&!$.user&&!$.error){let e=location.pathname+location.search;Ri(e===`/`?`/login`:`/login?next=${encodeURIComponent(e)}`,{replace:!0})}else $.user&&(Y(n).name===`login`||Y(n).name===`setup`)&&Ri(Bi(),{replace:!0})}});var i=yr(),a=nn(i),o=e=>{X(e,Sa())},s=e=>{var t=Ca(),n=R(L(t),2),r=rn(n,!0),i=R(n,2);Ee(t),xn(()=>wr(r,$.error)),lr(`click`,i,()=>ca()),X(e,t)},c=e=>{var t=yr(),i=nn(t),a=e=>{xa(e,{children:(e,t)=>{var i=yr();Nr(nn(i),()=>Y(r),null,(e,t)=>{var r=yr();Kr(nn(r),()=>Y(t).default,(e,t)=>{t(e,{get params(){return Y(n).params}})}),X(e,r)}),X(e,i)},$$slots:{default:!0}})};Pr(i,e=>{$.user&&e(a)}),X(e,t)},l=e=>{var t=yr();Nr(nn(t),()=>Y(r),null,(e,t)=>{var r=yr();Kr(nn(r),()=>Y(t).default,(e,t)=>{t(e,{get params(){return Y(n).params}})}),X(e,r)}),X(e,t)};Pr(a,e=>{$.loaded?$.error&&Y(n).private?e(s,1):Y(n).private?e(c,2):e(l,-1):e(o)}),X(e,i),qe()}ur([`click`]),Ni();var Ta=document.getElementById(`app`);if(!Ta)throw Error(`index.html has no #app element`);Tr(wa,{target:Ta});export{L as $,hi as A,Fr as B,Bi as C,Ci as D,Ei as E,ri as F,vr as G,wr as H,ei as I,cr as J,ur as K,Qr as L,pi as M,ai as N,yi as O,ii as P,hn as Q,Gr as R,Ri as S,Di as T,X as U,Pr as V,yr as W,tr as X,Y,xn as Z,Yi as _,pa as a,N as at,Ki as b,ta as c,Ke as ct,oa as d,nn as et,Qi as f,Hi as g,$i as h,ca as i,P as it,mi as j,fi as k,ra as l,De as lt,sa as m,da as n,R as nt,$ as o,pt as ot,ia as p,lr as q,fa as r,F as rt,na as s,qe as st,ha as t,rn as tt,aa as u,Ee as ut,Wi as v,Oi as w,Q as x,qi as y,zr as z};