import{At as e,Bt as t,Ct as n,Dt as r,Et as i,Ft as a,Lt as o,Mt as s,Nt as c,Ot as l,Pt as u,Rt as d,St as f,W as p,_t as m,ct as h,f as g,gt as _,ht as v,it as y,jt as b,kt as x,m as S,mt as C,nt as w,pt as T,q as E,r as ee,rt as D,s as te,st as O,v as k,wt as A,xt as j,yt as M,zt as ne}from"./app-CtcUiM3r.js";import{t as N}from"./AdminOnly-C1QFHP9G.js";import{t as P}from"./ErrorMessage-BRdFGs7r.js";var re=E(`
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
`),ie=E(`
  mutation LinkActor($actorId: ID!, $personId: ID!) {
    linkActor(actorId: $actorId, personId: $personId) {
      id
      personId
    }
  }
`),ae=E(`
  mutation UnlinkActor($actorId: ID!) {
    unlinkActor(actorId: $actorId) {
      id
    }
  }
`),F=E(`
  mutation SetIdentityKind($actorId: ID!, $kind: IdentityKind!) {
    setIdentityKind(actorId: $actorId, kind: $kind) {
      id
      identityKind
    }
  }
`),I=E(`
  mutation CreatePerson($workspaceId: ID!, $displayName: String!, $email: String) {
    createPerson(workspaceId: $workspaceId, displayName: $displayName, email: $email) {
      id
      displayName
    }
  }
`),L=E(`
  mutation MergePeople($into: ID!, $from: ID!) {
    mergePeople(into: $into, from: $from) {
      id
    }
  }
`),R=M(`<p class="success" role="status"> </p>`),z=M(`<p class="muted" role="status">Loading…</p>`),oe=M(`<p class="muted">No suggestion right now.</p>`),se=M(`<li class="svelte-r1ifav"><span class="svelte-r1ifav"><strong> </strong> <strong> </strong> <span class="muted"> </span></span> <button type="button" class="secondary">Confirm</button></li>`),B=M(`<ul class="list svelte-r1ifav"></ul>`),ce=M(`<p class="muted">Every identity with usage in the last year belongs to a person.</p>`),V=M(`<option> </option>`),le=M(`<li class="svelte-r1ifav"><span class="svelte-r1ifav"><strong> </strong> <span class="muted"> </span></span> <span class="row svelte-r1ifav"><label class="visually-hidden"> </label> <select class="svelte-r1ifav"><option>Link to…</option><!></select> <button type="button" class="secondary">Link</button> <button type="button" class="secondary"> </button></span></li>`),ue=M(`<p class="muted">No identity yet.</p>`),de=M(`<li class="svelte-r1ifav"><span class="svelte-r1ifav"><strong> </strong> </span> <span class="row svelte-r1ifav"><button type="button" class="secondary"> </button> <button type="button" class="secondary">Unlink</button></span></li>`),fe=M(`<ul class="identities svelte-r1ifav"></ul>`),pe=M(`<div class="row merge svelte-r1ifav"><label class="svelte-r1ifav"> </label> <select class="svelte-r1ifav"><option>choose a person…</option><!></select> <button type="button" class="secondary">Merge</button></div>`),me=M(`<li class="person svelte-r1ifav"><h3 class="svelte-r1ifav"> </h3> <!> <!></li>`),he=M(`<tr><td> </td><td> </td><td> </td><td> </td></tr>`),ge=M(`<h3> </h3> <div class="table-wrap" tabindex="0" role="region"><table><thead><tr><th scope="col">Who</th><th scope="col">Plan</th><th scope="col">Last active</th><th scope="col">Idle 30 days</th></tr></thead><tbody></tbody></table></div>`,1),_e=M(`<p class="muted">No tool of this workspace lists seats.</p>`),ve=M(`<section class="card svelte-r1ifav" aria-labelledby="suggestions-title"><h2 id="suggestions-title">Suggested links</h2> <!></section> <section class="card svelte-r1ifav" aria-labelledby="unlinked-title"><h2 id="unlinked-title">Identities without a person</h2> <!></section> <section class="card svelte-r1ifav" aria-labelledby="persons-title"><h2 id="persons-title"> </h2> <form class="row"><div class="field"><label for="person-name">Name</label> <input id="person-name" required=""/></div> <div class="field"><label for="person-email">Email (optional)</label> <input id="person-email" type="email"/></div> <div><button type="submit">Create person</button></div></form> <ul class="people svelte-r1ifav"></ul></section> <section class="card svelte-r1ifav" aria-labelledby="seats-title"><h2 id="seats-title">Seat holders</h2> <p class="muted"> </p> <!></section>`,1),H=M(`<h1>People</h1> <p class="muted">Vendors report identities (an email, a GitHub login, an API key); a person joins their identities across tools.
    Services (pipelines, bots) are left out of people figures.</p> <!> <!> <!>`,1);function U(E,j){d(j,!0);let M=a(()=>k(j.params.workspaceId)),U=a(()=>A(M)?.role===`ADMIN`||A(M)?.role===`OWNER`),W=u(null),G=u(null),K=u(null),q=u(``),J=u(``),Y=u(``),X=s({}),Z=s({});function ye(){let e=new Date;return{from:new Date(e.getTime()-314496e5).toISOString().slice(0,10),to:e.toISOString().slice(0,10)}}async function be(e){try{c(W,await p(re,{workspaceId:e,range:ye()}),!0),c(G,null)}catch(e){c(G,e,!0)}}r(()=>{document.title=`People · ${A(M)?.name??`workspace`} · ai-usage`,A(U)&&be(j.params.workspaceId)});async function Q(e,t){c(K,null),c(q,``);try{await e(),c(q,t,!0),await be(j.params.workspaceId)}catch(e){c(K,e,!0)}}let xe=a(()=>{let e=new Set((A(W)?.persons??[]).flatMap(e=>e.actors.map(e=>e.id)));return(A(W)?.people.rows??[]).flatMap(t=>t.subject.actor&&!t.subject.personId&&!e.has(t.subject.actor.id)?[t.subject.actor]:[])}),Se=a(()=>(A(W)?.people.rows??[]).flatMap(e=>e.seats.map(t=>({label:e.subject.label,...t})))),Ce=a(()=>[...new Set(A(Se).map(e=>g(e.provider)))]);function $(e){return e.displayName&&e.displayName!==e.identifier?`${e.displayName} (${e.identifier})`:e.identifier}function we(e){e.preventDefault();let t=A(J).trim();Q(()=>p(I,{workspaceId:j.params.workspaceId,displayName:t,email:A(Y).trim()||null}),`${t} created.`).then(()=>{A(K)||c(J,c(Y,``),!0)})}function Te(e,t){let n=X[e];n&&Q(()=>p(ie,{actorId:e,personId:n}),`${t} linked.`)}function Ee(e){let t=g(e.identityKind)===`service`?`HUMAN`:`SERVICE`;Q(()=>p(F,{actorId:e.id,kind:t}),`${e.identifier} is now counted as a ${t===`SERVICE`?`service`:`person`}.`)}function De(e,t){let n=Z[e];n&&Q(()=>p(L,{into:n,from:e}),`${t} merged.`)}{let r=a(()=>A(M)?.role);N(E,{get role(){return A(r)},what:`manage people and identities`,children:(r,a)=>{var o=H(),s=b(x(o),4),u=t=>{var n=R(),r=e(n,!0);i(()=>_(r,A(q))),m(t,n)};v(s,e=>{A(q)&&e(u)});var d=b(s,2),E=e=>{P(e,{get error(){return A(K)}})};v(d,e=>{A(K)&&e(E)});var k=b(d,2),j=e=>{P(e,{get error(){return A(G)}})},M=e=>{var t=z();m(e,t)},N=r=>{var a=ve(),o=x(a),s=b(l(o),2),u=e=>{var t=oe();m(e,t)},d=n=>{var r=B();T(r,21,()=>A(W).personLinkSuggestions,e=>e.actor.id,(n,r)=>{var a=se(),o=l(a),s=l(o),c=e(s,!0),u=b(s),d=b(u),h=e(d,!0),g=b(d,2),v=e(g);t(o);var x=b(o,2);t(a),i((e,t,n)=>{_(c,e),_(u,` ${t??``} → `),_(h,A(r).person.displayName),_(v,`(${A(r).explanation??``})`),y(x,`aria-label`,n)},[()=>S(A(r).actor.provider),()=>$(A(r).actor),()=>`Confirm: ${S(A(r).actor.provider)} ${A(r).actor.identifier} is ${A(r).person.displayName}`]),f(`click`,x,()=>Q(()=>p(ie,{actorId:A(r).actor.id,personId:A(r).person.id}),`${A(r).actor.identifier} linked to ${A(r).person.displayName}.`)),m(n,a)}),t(r),m(n,r)};v(s,e=>{A(W).personLinkSuggestions.length===0?e(u):e(d,-1)}),t(o);var E=b(o,2),k=b(l(E),2),j=e=>{var t=ce();m(e,t)},M=n=>{var r=B();T(r,21,()=>A(xe),e=>e.id,(n,r)=>{var a=le(),o=l(a),s=l(o),c=e(s,!0),u=b(s),d=b(u),p=e(d);t(o);var v=b(o,2),x=l(v),C=e(x),w=b(x,2),E=l(w);E.value=E.__value=``;var D=b(E);T(D,17,()=>A(W).persons,e=>e.id,(t,n)=>{var r=V(),a=e(r,!0),o={};i(()=>{_(a,A(n).displayName),o!==(o=A(n).id)&&(r.value=(r.__value=o)??``)}),m(t,r)}),t(w),h(w);var k=b(w,2),j=b(k,2),M=e(j,!0);t(v),t(a),i((e,t,n,i,a,o,s,l)=>{_(c,e),_(u,` ${t??``} ${n??``} `),_(p,`· counted as a ${i??``}`),y(x,`for`,`link-${A(r).id}`),_(C,`Person for ${a??``} ${A(r).identifier??``}`),y(w,`id`,`link-${A(r).id}`),y(k,`aria-label`,o),y(j,`aria-label`,s),_(M,l)},[()=>S(A(r).provider),()=>ee(A(r).kind),()=>$(A(r)),()=>te(A(r).identityKind),()=>S(A(r).provider),()=>`Link ${S(A(r).provider)} ${A(r).identifier}`,()=>`Count ${S(A(r).provider)} ${A(r).identifier} as a ${g(A(r).identityKind)===`service`?`person`:`service`}`,()=>g(A(r).identityKind)===`service`?`Mark as person`:`Mark as service`]),O(w,()=>X[A(r).id],e=>X[A(r).id]=e),f(`click`,k,()=>Te(A(r).id,A(r).identifier)),f(`click`,j,()=>Ee(A(r))),m(n,a)}),t(r),m(n,r)};v(k,e=>{A(xe).length===0?e(j):e(M,-1)}),t(E);var N=b(E,2),P=l(N),re=e(P),F=b(P,2),I=l(F),L=b(l(I),2);D(L),t(I);var R=b(I,2),z=b(l(R),2);D(z),t(R),ne(2),t(F);var H=b(F,2);T(H,21,()=>A(W).persons,e=>e.id,(n,r)=>{var a=me(),o=l(a),s=e(o),c=b(o,2),u=e=>{var t=ue();m(e,t)},d=n=>{var a=fe();T(a,21,()=>A(r).actors,e=>e.id,(n,r)=>{var a=de(),o=l(a),s=l(o),c=e(s,!0),u=b(s);t(o);var d=b(o,2),h=l(d),v=e(h,!0),x=b(h,2);t(d),t(a),i((e,t,n,r,i,a,o)=>{_(c,e),_(u,` ${t??``} ${n??``}${r??``}`),y(h,`aria-label`,i),_(v,a),y(x,`aria-label`,o)},[()=>S(A(r).provider),()=>ee(A(r).kind),()=>$(A(r)),()=>g(A(r).identityKind)===`service`?` (service)`:``,()=>`Count ${S(A(r).provider)} ${A(r).identifier} as a ${g(A(r).identityKind)===`service`?`person`:`service`}`,()=>g(A(r).identityKind)===`service`?`Mark as person`:`Mark as service`,()=>`Unlink ${S(A(r).provider)} ${A(r).identifier}`]),f(`click`,h,()=>Ee(A(r))),f(`click`,x,()=>Q(()=>p(ae,{actorId:A(r).id}),`${A(r).identifier} unlinked.`)),m(n,a)}),t(a),i(()=>y(a,`aria-label`,`Identities of ${A(r).displayName}`)),m(n,a)};v(c,e=>{A(r).actors.length===0?e(u):e(d,-1)});var x=b(c,2),C=n=>{var a=pe(),o=l(a),s=e(o),c=b(o,2),u=l(c);u.value=u.__value=``;var d=b(u);T(d,17,()=>A(W).persons.filter(e=>e.id!==A(r).id),e=>e.id,(t,n)=>{var r=V(),a=e(r,!0),o={};i(()=>{_(a,A(n).displayName),o!==(o=A(n).id)&&(r.value=(r.__value=o)??``)}),m(t,r)}),t(c),h(c);var p=b(c,2);t(a),i(()=>{y(o,`for`,`merge-${A(r).id}`),_(s,`Merge ${A(r).displayName??``} into`),y(c,`id`,`merge-${A(r).id}`),y(p,`aria-label`,`Merge ${A(r).displayName}`)}),O(c,()=>Z[A(r).id],e=>Z[A(r).id]=e),f(`click`,p,()=>De(A(r).id,A(r).displayName)),m(n,a)};v(x,e=>{A(W).persons.length>1&&e(C)}),t(a),i(()=>_(s,`${A(r).displayName??``}${A(r).email?` · ${A(r).email}`:``}`)),m(n,a)}),t(H),t(N);var U=b(N,2),G=b(l(U),2),K=e(G),q=b(G,2);T(q,16,()=>A(Ce),e=>e,(n,r)=>{var a=ge(),o=x(a),s=e(o,!0),c=b(o,2),u=l(c),d=b(l(u));T(d,21,()=>A(Se).filter(e=>g(e.provider)===r),C,(n,r)=>{var a=he(),o=l(a),s=e(o,!0),c=b(o),u=e(c,!0),d=b(c),f=e(d,!0),p=b(d),h=e(p,!0);t(a),i(()=>{_(s,A(r).label),_(u,A(r).plan??`—`),_(f,A(r).lastActiveDay??`never`),_(h,A(r).idle30Days?`yes`:`no`)}),m(n,a)}),t(d),t(u),t(c),i((e,t)=>{_(s,e),y(c,`aria-label`,t)},[()=>S(r),()=>`Seats of ${S(r)}`]),m(n,a)},e=>{var t=_e();m(e,t)}),t(U),i(()=>{_(re,`People (${A(W).persons.length??``})`),_(K,`${A(W).people.seats.assigned??``} seats assigned; ${A(W).people.seats.idle30Days??``} unused for 30 days.`)}),n(`submit`,F,we),w(L,()=>A(J),e=>c(J,e)),w(z,()=>A(Y),e=>c(Y,e)),m(r,a)};v(k,e=>{A(G)?e(j):A(W)?e(N,-1):e(M,1)}),m(r,o)},$$slots:{default:!0}})}o()}j([`click`]);export{U as default};