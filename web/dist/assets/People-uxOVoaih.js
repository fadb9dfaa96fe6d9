import{At as e,Ct as t,Dt as n,Et as r,Ft as i,It as a,Lt as o,Mt as s,Nt as c,Ot as l,Pt as u,Rt as d,St as f,W as p,_t as m,ct as h,f as g,gt as _,ht as v,it as y,jt as b,kt as x,m as S,mt as C,nt as w,pt as T,q as E,r as D,rt as O,s as ee,st as te,v as k,wt as A,xt as j,yt as M,zt as N}from"./app-C2BLKPaH.js";import{t as P}from"./AdminOnly-B9_Nmasm.js";import{t as F}from"./ErrorMessage-rEQQtb97.js";var ne=E(`
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
`),re=E(`
  mutation LinkActor($actorId: ID!, $personId: ID!) {
    linkActor(actorId: $actorId, personId: $personId) {
      id
      personId
    }
  }
`),ie=E(`
  mutation UnlinkActor($actorId: ID!) {
    unlinkActor(actorId: $actorId) {
      id
    }
  }
`),I=E(`
  mutation SetIdentityKind($actorId: ID!, $kind: IdentityKind!) {
    setIdentityKind(actorId: $actorId, kind: $kind) {
      id
      identityKind
    }
  }
`),L=E(`
  mutation CreatePerson($workspaceId: ID!, $displayName: String!, $email: String) {
    createPerson(workspaceId: $workspaceId, displayName: $displayName, email: $email) {
      id
      displayName
    }
  }
`),R=E(`
  mutation MergePeople($into: ID!, $from: ID!) {
    mergePeople(into: $into, from: $from) {
      id
    }
  }
`),z=M(`<p class="success" role="status"> </p>`),B=M(`<p class="muted" role="status">Loading…</p>`),ae=M(`<p class="muted">No suggestion right now.</p>`),oe=M(`<li class="svelte-r1ifav"><span class="svelte-r1ifav"><strong> </strong> <strong> </strong> <span class="muted"> </span></span> <button type="button" class="secondary">Confirm</button></li>`),V=M(`<ul class="list svelte-r1ifav"></ul>`),se=M(`<p class="muted">Every identity with usage in the last year belongs to a person.</p>`),ce=M(`<option> </option>`),le=M(`<li class="svelte-r1ifav"><span class="svelte-r1ifav"><strong> </strong> <span class="muted"> </span></span> <span class="row svelte-r1ifav"><label class="visually-hidden"> </label> <select class="svelte-r1ifav"><option>Link to…</option><!></select> <button type="button" class="secondary">Link</button> <button type="button" class="secondary"> </button></span></li>`),ue=M(`<p class="muted">No identity yet.</p>`),de=M(`<li class="svelte-r1ifav"><span class="svelte-r1ifav"><strong> </strong> </span> <span class="row svelte-r1ifav"><button type="button" class="secondary"> </button> <button type="button" class="secondary">Unlink</button></span></li>`),fe=M(`<ul class="identities svelte-r1ifav"></ul>`),pe=M(`<div class="row merge svelte-r1ifav"><label class="svelte-r1ifav"> </label> <select class="svelte-r1ifav"><option>choose a person…</option><!></select> <button type="button" class="secondary">Merge</button></div>`),me=M(`<li class="person svelte-r1ifav"><h3 class="svelte-r1ifav"> </h3> <!> <!></li>`),he=M(`<tr><td> </td><td> </td><td> </td><td> </td></tr>`),ge=M(`<h3> </h3> <div class="table-wrap" tabindex="0" role="region"><table><thead><tr><th scope="col">Who</th><th scope="col">Plan</th><th scope="col">Last active</th><th scope="col">Idle 30 days</th></tr></thead><tbody></tbody></table></div>`,1),_e=M(`<p class="muted">No tool of this workspace lists seats.</p>`),ve=M(`<section class="card svelte-r1ifav" aria-labelledby="suggestions-title"><h2 id="suggestions-title">Suggested links</h2> <!></section> <section class="card svelte-r1ifav" aria-labelledby="unlinked-title"><h2 id="unlinked-title">Identities without a person</h2> <!></section> <section class="card svelte-r1ifav" aria-labelledby="persons-title"><h2 id="persons-title"> </h2> <form class="row"><div class="field"><label for="person-name">Name</label> <input id="person-name" required=""/></div> <div class="field"><label for="person-email">Email (optional)</label> <input id="person-email" type="email"/></div> <div><button type="submit">Create person</button></div></form> <ul class="people svelte-r1ifav"></ul></section> <section class="card svelte-r1ifav" aria-labelledby="seats-title"><h2 id="seats-title">Seat holders</h2> <p class="muted"> </p> <!></section>`,1),H=M(`<h1>People</h1> <p class="muted">Vendors report identities (an email, a GitHub login, an API key); a person joins their identities across tools.
    Services (pipelines, bots) are left out of people figures.</p> <!> <!> <!>`,1);function U(E,j){o(j,!0);let M=i(()=>k(j.params.workspaceId)),U=i(()=>A(M)?.role===`ADMIN`||A(M)?.role===`OWNER`),W=u(null),G=u(null),K=u(null),q=u(``),J=u(``),Y=u(``),X=s({}),Z=s({});function ye(){let e=new Date;return{from:new Date(e.getTime()-314496e5).toISOString().slice(0,10),to:e.toISOString().slice(0,10)}}async function be(e){try{c(W,await p(ne,{workspaceId:e,range:ye()}),!0),c(G,null)}catch(e){c(G,e,!0)}}n(()=>{document.title=`People · ${A(M)?.name??`workspace`} · ai-usage`,A(U)&&be(j.params.workspaceId)});async function Q(e,t){c(K,null),c(q,``);try{await e(),c(q,t,!0),await be(j.params.workspaceId)}catch(e){c(K,e,!0)}}let xe=i(()=>{let e=new Set((A(W)?.persons??[]).flatMap(e=>e.actors.map(e=>e.id)));return(A(W)?.people.rows??[]).flatMap(t=>t.subject.actor&&!t.subject.personId&&!e.has(t.subject.actor.id)?[t.subject.actor]:[])}),Se=i(()=>(A(W)?.people.rows??[]).flatMap(e=>e.seats.map(t=>({label:e.subject.label,...t})))),Ce=i(()=>[...new Set(A(Se).map(e=>g(e.provider)))]);function $(e){return e.displayName&&e.displayName!==e.identifier?`${e.displayName} (${e.identifier})`:e.identifier}function we(e){e.preventDefault();let t=A(J).trim();Q(()=>p(L,{workspaceId:j.params.workspaceId,displayName:t,email:A(Y).trim()||null}),`${t} created.`).then(()=>{A(K)||c(J,c(Y,``),!0)})}function Te(e,t){let n=X[e];n&&Q(()=>p(re,{actorId:e,personId:n}),`${t} linked.`)}function Ee(e){let t=g(e.identityKind)===`service`?`HUMAN`:`SERVICE`;Q(()=>p(I,{actorId:e.id,kind:t}),`${e.identifier} is now counted as a ${t===`SERVICE`?`service`:`person`}.`)}function De(e,t){let n=Z[e];n&&Q(()=>p(R,{into:n,from:e}),`${t} merged.`)}{let n=i(()=>A(M)?.role);P(E,{get role(){return A(n)},what:`manage people and identities`,children:(n,i)=>{var a=H(),o=b(x(a),4),s=t=>{var n=z(),i=e(n,!0);r(()=>_(i,A(q))),m(t,n)};v(o,e=>{A(q)&&e(s)});var u=b(o,2),E=e=>{F(e,{get error(){return A(K)}})};v(u,e=>{A(K)&&e(E)});var k=b(u,2),j=e=>{F(e,{get error(){return A(G)}})},M=e=>{var t=B();m(e,t)},P=n=>{var i=ve(),a=x(i),o=b(l(a),2),s=e=>{var t=ae();m(e,t)},u=t=>{var n=V();T(n,21,()=>A(W).personLinkSuggestions,e=>e.actor.id,(t,n)=>{var i=oe(),a=l(i),o=l(a),s=e(o,!0),c=b(o),u=b(c),d=e(u,!0),h=b(u,2),g=e(h);N(a);var v=b(a,2);N(i),r((e,t,r)=>{_(s,e),_(c,` ${t??``} → `),_(d,A(n).person.displayName),_(g,`(${A(n).explanation??``})`),y(v,`aria-label`,r)},[()=>S(A(n).actor.provider),()=>$(A(n).actor),()=>`Confirm: ${S(A(n).actor.provider)} ${A(n).actor.identifier} is ${A(n).person.displayName}`]),f(`click`,v,()=>Q(()=>p(re,{actorId:A(n).actor.id,personId:A(n).person.id}),`${A(n).actor.identifier} linked to ${A(n).person.displayName}.`)),m(t,i)}),N(n),m(t,n)};v(o,e=>{A(W).personLinkSuggestions.length===0?e(s):e(u,-1)}),N(a);var E=b(a,2),k=b(l(E),2),j=e=>{var t=se();m(e,t)},M=t=>{var n=V();T(n,21,()=>A(xe),e=>e.id,(t,n)=>{var i=le(),a=l(i),o=l(a),s=e(o,!0),c=b(o),u=b(c),d=e(u);N(a);var p=b(a,2),v=l(p),x=e(v),C=b(v,2),w=l(C);w.value=w.__value=``;var E=b(w);T(E,17,()=>A(W).persons,e=>e.id,(t,n)=>{var i=ce(),a=e(i,!0),o={};r(()=>{_(a,A(n).displayName),o!==(o=A(n).id)&&(i.value=(i.__value=o)??``)}),m(t,i)}),N(C),h(C);var O=b(C,2),k=b(O,2),j=e(k,!0);N(p),N(i),r((e,t,r,i,a,o,l,u)=>{_(s,e),_(c,` ${t??``} ${r??``} `),_(d,`· counted as a ${i??``}`),y(v,`for`,`link-${A(n).id}`),_(x,`Person for ${a??``} ${A(n).identifier??``}`),y(C,`id`,`link-${A(n).id}`),y(O,`aria-label`,o),y(k,`aria-label`,l),_(j,u)},[()=>S(A(n).provider),()=>D(A(n).kind),()=>$(A(n)),()=>ee(A(n).identityKind),()=>S(A(n).provider),()=>`Link ${S(A(n).provider)} ${A(n).identifier}`,()=>`Count ${S(A(n).provider)} ${A(n).identifier} as a ${g(A(n).identityKind)===`service`?`person`:`service`}`,()=>g(A(n).identityKind)===`service`?`Mark as person`:`Mark as service`]),te(C,()=>X[A(n).id],e=>X[A(n).id]=e),f(`click`,O,()=>Te(A(n).id,A(n).identifier)),f(`click`,k,()=>Ee(A(n))),m(t,i)}),N(n),m(t,n)};v(k,e=>{A(xe).length===0?e(j):e(M,-1)}),N(E);var P=b(E,2),F=l(P),ne=e(F),I=b(F,2),L=l(I),R=b(l(L),2);O(R),N(L);var z=b(L,2),B=b(l(z),2);O(B),N(z),d(2),N(I);var H=b(I,2);T(H,21,()=>A(W).persons,e=>e.id,(t,n)=>{var i=me(),a=l(i),o=e(a),s=b(a,2),c=e=>{var t=ue();m(e,t)},u=t=>{var i=fe();T(i,21,()=>A(n).actors,e=>e.id,(t,n)=>{var i=de(),a=l(i),o=l(a),s=e(o,!0),c=b(o);N(a);var u=b(a,2),d=l(u),h=e(d,!0),v=b(d,2);N(u),N(i),r((e,t,n,r,i,a,o)=>{_(s,e),_(c,` ${t??``} ${n??``}${r??``}`),y(d,`aria-label`,i),_(h,a),y(v,`aria-label`,o)},[()=>S(A(n).provider),()=>D(A(n).kind),()=>$(A(n)),()=>g(A(n).identityKind)===`service`?` (service)`:``,()=>`Count ${S(A(n).provider)} ${A(n).identifier} as a ${g(A(n).identityKind)===`service`?`person`:`service`}`,()=>g(A(n).identityKind)===`service`?`Mark as person`:`Mark as service`,()=>`Unlink ${S(A(n).provider)} ${A(n).identifier}`]),f(`click`,d,()=>Ee(A(n))),f(`click`,v,()=>Q(()=>p(ie,{actorId:A(n).id}),`${A(n).identifier} unlinked.`)),m(t,i)}),N(i),r(()=>y(i,`aria-label`,`Identities of ${A(n).displayName}`)),m(t,i)};v(s,e=>{A(n).actors.length===0?e(c):e(u,-1)});var d=b(s,2),x=t=>{var i=pe(),a=l(i),o=e(a),s=b(a,2),c=l(s);c.value=c.__value=``;var u=b(c);T(u,17,()=>A(W).persons.filter(e=>e.id!==A(n).id),e=>e.id,(t,n)=>{var i=ce(),a=e(i,!0),o={};r(()=>{_(a,A(n).displayName),o!==(o=A(n).id)&&(i.value=(i.__value=o)??``)}),m(t,i)}),N(s),h(s);var d=b(s,2);N(i),r(()=>{y(a,`for`,`merge-${A(n).id}`),_(o,`Merge ${A(n).displayName??``} into`),y(s,`id`,`merge-${A(n).id}`),y(d,`aria-label`,`Merge ${A(n).displayName}`)}),te(s,()=>Z[A(n).id],e=>Z[A(n).id]=e),f(`click`,d,()=>De(A(n).id,A(n).displayName)),m(t,i)};v(d,e=>{A(W).persons.length>1&&e(x)}),N(i),r(()=>_(o,`${A(n).displayName??``}${A(n).email?` · ${A(n).email}`:``}`)),m(t,i)}),N(H),N(P);var U=b(P,2),G=b(l(U),2),K=e(G),q=b(G,2);T(q,16,()=>A(Ce),e=>e,(t,n)=>{var i=ge(),a=x(i),o=e(a,!0),s=b(a,2),c=l(s),u=b(l(c));T(u,21,()=>A(Se).filter(e=>g(e.provider)===n),C,(t,n)=>{var i=he(),a=l(i),o=e(a,!0),s=b(a),c=e(s,!0),u=b(s),d=e(u,!0),f=b(u),p=e(f,!0);N(i),r(()=>{_(o,A(n).label),_(c,A(n).plan??`—`),_(d,A(n).lastActiveDay??`never`),_(p,A(n).idle30Days?`yes`:`no`)}),m(t,i)}),N(u),N(c),N(s),r((e,t)=>{_(o,e),y(s,`aria-label`,t)},[()=>S(n),()=>`Seats of ${S(n)}`]),m(t,i)},e=>{var t=_e();m(e,t)}),N(U),r(()=>{_(ne,`People (${A(W).persons.length??``})`),_(K,`${A(W).people.seats.assigned??``} seats assigned; ${A(W).people.seats.idle30Days??``} unused for 30 days.`)}),t(`submit`,I,we),w(R,()=>A(J),e=>c(J,e)),w(B,()=>A(Y),e=>c(Y,e)),m(n,i)};v(k,e=>{A(G)?e(j):A(W)?e(P,-1):e(M,1)}),m(n,a)},$$slots:{default:!0}})}a()}j([`click`]);export{U as default};