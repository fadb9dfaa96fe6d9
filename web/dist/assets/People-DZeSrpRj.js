import{$ as e,Ct as t,H as n,K as r,M as i,Q as a,St as o,U as s,V as c,_t as l,bt as u,ct as d,dt as f,et as p,ft as m,gt as h,ht as g,it as _,k as v,lt as y,mt as b,nt as x,ot as S,pt as C,q as ee,r as w,st as T,tt as E,vt as D,wt as O,xt as k,yt as A}from"./app-BwXesaB7.js";import{d as j,n as te,o as ne,p as M}from"./labels-o-UXRfLO.js";import{t as N}from"./AdminOnly-BYJXfneZ.js";import{t as P}from"./ErrorMessage-DfzdDqP3.js";var re=i(`
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
`),ie=i(`
  mutation LinkActor($actorId: ID!, $personId: ID!) {
    linkActor(actorId: $actorId, personId: $personId) {
      id
      personId
    }
  }
`),ae=i(`
  mutation UnlinkActor($actorId: ID!) {
    unlinkActor(actorId: $actorId) {
      id
    }
  }
`),F=i(`
  mutation SetIdentityKind($actorId: ID!, $kind: IdentityKind!) {
    setIdentityKind(actorId: $actorId, kind: $kind) {
      id
      identityKind
    }
  }
`),I=i(`
  mutation CreatePerson($workspaceId: ID!, $displayName: String!, $email: String) {
    createPerson(workspaceId: $workspaceId, displayName: $displayName, email: $email) {
      id
      displayName
    }
  }
`),L=i(`
  mutation MergePeople($into: ID!, $from: ID!) {
    mergePeople(into: $into, from: $from) {
      id
    }
  }
`),R=_(`<p class="success" role="status"> </p>`),z=_(`<p class="muted" role="status">Loading…</p>`),oe=_(`<p class="muted">No suggestion right now.</p>`),se=_(`<li class="svelte-r1ifav"><span class="svelte-r1ifav"><strong> </strong> <strong> </strong> <span class="muted"> </span></span> <button type="button" class="secondary">Confirm</button></li>`),B=_(`<ul class="list svelte-r1ifav"></ul>`),ce=_(`<p class="muted">Every identity with usage in the last year belongs to a person.</p>`),le=_(`<option> </option>`),ue=_(`<li class="svelte-r1ifav"><span class="svelte-r1ifav"><strong> </strong> <span class="muted"> </span></span> <span class="row svelte-r1ifav"><label class="visually-hidden"> </label> <select class="svelte-r1ifav"><option>Link to…</option><!></select> <button type="button" class="secondary">Link</button> <button type="button" class="secondary"> </button></span></li>`),de=_(`<p class="muted">No identity yet.</p>`),fe=_(`<li class="svelte-r1ifav"><span class="svelte-r1ifav"><strong> </strong> </span> <span class="row svelte-r1ifav"><button type="button" class="secondary"> </button> <button type="button" class="secondary">Unlink</button></span></li>`),pe=_(`<ul class="identities svelte-r1ifav"></ul>`),me=_(`<div class="row merge svelte-r1ifav"><label class="svelte-r1ifav"> </label> <select class="svelte-r1ifav"><option>choose a person…</option><!></select> <button type="button" class="secondary">Merge</button></div>`),he=_(`<li class="person svelte-r1ifav"><h3 class="svelte-r1ifav"> </h3> <!> <!></li>`),ge=_(`<tr><td> </td><td> </td><td> </td><td> </td></tr>`),_e=_(`<h3> </h3> <div class="table-wrap" tabindex="0" role="region"><table><thead><tr><th scope="col">Who</th><th scope="col">Plan</th><th scope="col">Last active</th><th scope="col">Idle 30 days</th></tr></thead><tbody></tbody></table></div>`,1),ve=_(`<p class="muted">No tool of this workspace lists seats.</p>`),ye=_(`<section class="card svelte-r1ifav" aria-labelledby="suggestions-title"><h2 id="suggestions-title">Suggested links</h2> <!></section> <section class="card svelte-r1ifav" aria-labelledby="unlinked-title"><h2 id="unlinked-title">Identities without a person</h2> <!></section> <section class="card svelte-r1ifav" aria-labelledby="persons-title"><h2 id="persons-title"> </h2> <form class="row"><div class="field"><label for="person-name">Name</label> <input id="person-name" required=""/></div> <div class="field"><label for="person-email">Email (optional)</label> <input id="person-email" type="email"/></div> <div><button type="submit">Create person</button></div></form> <ul class="people svelte-r1ifav"></ul></section> <section class="card svelte-r1ifav" aria-labelledby="seats-title"><h2 id="seats-title">Seat holders</h2> <p class="muted"> </p> <!></section>`,1),V=_(`<h1>People</h1> <p class="muted">Vendors report identities (an email, a GitHub login, an API key); a person joins their identities across tools.
    Services (pipelines, bots) are left out of people figures.</p> <!> <!> <!>`,1);function H(i,_){o(_,!0);let S=u(()=>w(_.params.workspaceId)),H=u(()=>y(S)?.role===`ADMIN`||y(S)?.role===`OWNER`),U=A(null),W=A(null),G=A(null),K=A(``),q=A(``),J=A(``),Y=l({}),X=l({});function be(){let e=new Date;return{from:new Date(e.getTime()-314496e5).toISOString().slice(0,10),to:e.toISOString().slice(0,10)}}async function xe(e){try{D(U,await v(re,{workspaceId:e,range:be()}),!0),D(W,null)}catch(e){D(W,e,!0)}}m(()=>{document.title=`People · ${y(S)?.name??`workspace`} · ai-usage`,y(H)&&xe(_.params.workspaceId)});async function Z(e,t){D(G,null),D(K,``);try{await e(),D(K,t,!0),await xe(_.params.workspaceId)}catch(e){D(G,e,!0)}}let Se=u(()=>{let e=new Set((y(U)?.persons??[]).flatMap(e=>e.actors.map(e=>e.id)));return(y(U)?.people.rows??[]).flatMap(t=>t.subject.actor&&!t.subject.personId&&!e.has(t.subject.actor.id)?[t.subject.actor]:[])}),Ce=u(()=>(y(U)?.people.rows??[]).flatMap(e=>e.seats.map(t=>({label:e.subject.label,...t})))),we=u(()=>[...new Set(y(Ce).map(e=>j(e.provider)))]);function Q(e){return e.displayName&&e.displayName!==e.identifier?`${e.displayName} (${e.identifier})`:e.identifier}function Te(e){e.preventDefault();let t=y(q).trim();Z(()=>v(I,{workspaceId:_.params.workspaceId,displayName:t,email:y(J).trim()||null}),`${t} created.`).then(()=>{y(G)||D(q,D(J,``),!0)})}function Ee(e,t){let n=Y[e];n&&Z(()=>v(ie,{actorId:e,personId:n}),`${t} linked.`)}function $(e){let t=j(e.identityKind)===`service`?`HUMAN`:`SERVICE`;Z(()=>v(F,{actorId:e.id,kind:t}),`${e.identifier} is now counted as a ${t===`SERVICE`?`service`:`person`}.`)}function De(e,t){let n=X[e];n&&Z(()=>v(L,{into:n,from:e}),`${t} merged.`)}{let o=u(()=>y(S)?.role);N(i,{get role(){return y(o)},what:`manage people and identities`,children:(i,o)=>{var l=V(),u=h(b(l),4),m=e=>{var t=R(),n=g(t,!0);f(()=>E(n,y(K))),x(e,t)};p(u,e=>{y(K)&&e(m)});var _=h(u,2),S=e=>{P(e,{get error(){return y(G)}})};p(_,e=>{y(G)&&e(S)});var w=h(_,2),k=e=>{P(e,{get error(){return y(W)}})},A=e=>{var t=z();x(e,t)},N=i=>{var o=ye(),l=b(o),u=h(C(l),2),m=e=>{var t=oe();x(e,t)},_=e=>{var t=B();a(t,21,()=>y(U).personLinkSuggestions,e=>e.actor.id,(e,t)=>{var n=se(),r=C(n),i=C(r),a=g(i,!0),o=h(i),c=h(o),l=g(c,!0),u=h(c,2),d=g(u);O(r);var p=h(r,2);O(n),f((e,n,r)=>{E(a,e),E(o,` ${n??``} → `),E(l,y(t).person.displayName),E(d,`(${y(t).explanation??``})`),s(p,`aria-label`,r)},[()=>M(y(t).actor.provider),()=>Q(y(t).actor),()=>`Confirm: ${M(y(t).actor.provider)} ${y(t).actor.identifier} is ${y(t).person.displayName}`]),T(`click`,p,()=>Z(()=>v(ie,{actorId:y(t).actor.id,personId:y(t).person.id}),`${y(t).actor.identifier} linked to ${y(t).person.displayName}.`)),x(e,n)}),O(t),x(e,t)};p(u,e=>{y(U).personLinkSuggestions.length===0?e(m):e(_,-1)}),O(l);var S=h(l,2),w=h(C(S),2),k=e=>{var t=ce();x(e,t)},A=e=>{var t=B();a(t,21,()=>y(Se),e=>e.id,(e,t)=>{var n=ue(),i=C(n),o=C(i),c=g(o,!0),l=h(o),u=h(l),d=g(u);O(i);var p=h(i,2),m=C(p),_=g(m),v=h(m,2),b=C(v);b.value=b.__value=``;var S=h(b);a(S,17,()=>y(U).persons,e=>e.id,(e,t)=>{var n=le(),r=g(n,!0),i={};f(()=>{E(r,y(t).displayName),i!==(i=y(t).id)&&(n.value=(n.__value=i)??``)}),x(e,n)}),O(v),ee(v);var w=h(v,2),D=h(w,2),k=g(D,!0);O(p),O(n),f((e,n,r,i,a,o,u,f)=>{E(c,e),E(l,` ${n??``} ${r??``} `),E(d,`· counted as a ${i??``}`),s(m,`for`,`link-${y(t).id}`),E(_,`Person for ${a??``} ${y(t).identifier??``}`),s(v,`id`,`link-${y(t).id}`),s(w,`aria-label`,o),s(D,`aria-label`,u),E(k,f)},[()=>M(y(t).provider),()=>te(y(t).kind),()=>Q(y(t)),()=>ne(y(t).identityKind),()=>M(y(t).provider),()=>`Link ${M(y(t).provider)} ${y(t).identifier}`,()=>`Count ${M(y(t).provider)} ${y(t).identifier} as a ${j(y(t).identityKind)===`service`?`person`:`service`}`,()=>j(y(t).identityKind)===`service`?`Mark as person`:`Mark as service`]),r(v,()=>Y[y(t).id],e=>Y[y(t).id]=e),T(`click`,w,()=>Ee(y(t).id,y(t).identifier)),T(`click`,D,()=>$(y(t))),x(e,n)}),O(t),x(e,t)};p(w,e=>{y(Se).length===0?e(k):e(A,-1)}),O(S);var N=h(S,2),P=C(N),re=g(P),F=h(P,2),I=C(F),L=h(C(I),2);n(L),O(I);var R=h(I,2),z=h(C(R),2);n(z),O(R),t(2),O(F);var V=h(F,2);a(V,21,()=>y(U).persons,e=>e.id,(e,t)=>{var n=he(),i=C(n),o=g(i),c=h(i,2),l=e=>{var t=de();x(e,t)},u=e=>{var n=pe();a(n,21,()=>y(t).actors,e=>e.id,(e,t)=>{var n=fe(),r=C(n),i=C(r),a=g(i,!0),o=h(i);O(r);var c=h(r,2),l=C(c),u=g(l,!0),d=h(l,2);O(c),O(n),f((e,t,n,r,i,c,f)=>{E(a,e),E(o,` ${t??``} ${n??``}${r??``}`),s(l,`aria-label`,i),E(u,c),s(d,`aria-label`,f)},[()=>M(y(t).provider),()=>te(y(t).kind),()=>Q(y(t)),()=>j(y(t).identityKind)===`service`?` (service)`:``,()=>`Count ${M(y(t).provider)} ${y(t).identifier} as a ${j(y(t).identityKind)===`service`?`person`:`service`}`,()=>j(y(t).identityKind)===`service`?`Mark as person`:`Mark as service`,()=>`Unlink ${M(y(t).provider)} ${y(t).identifier}`]),T(`click`,l,()=>$(y(t))),T(`click`,d,()=>Z(()=>v(ae,{actorId:y(t).id}),`${y(t).identifier} unlinked.`)),x(e,n)}),O(n),f(()=>s(n,`aria-label`,`Identities of ${y(t).displayName}`)),x(e,n)};p(c,e=>{y(t).actors.length===0?e(l):e(u,-1)});var d=h(c,2),m=e=>{var n=me(),i=C(n),o=g(i),c=h(i,2),l=C(c);l.value=l.__value=``;var u=h(l);a(u,17,()=>y(U).persons.filter(e=>e.id!==y(t).id),e=>e.id,(e,t)=>{var n=le(),r=g(n,!0),i={};f(()=>{E(r,y(t).displayName),i!==(i=y(t).id)&&(n.value=(n.__value=i)??``)}),x(e,n)}),O(c),ee(c);var d=h(c,2);O(n),f(()=>{s(i,`for`,`merge-${y(t).id}`),E(o,`Merge ${y(t).displayName??``} into`),s(c,`id`,`merge-${y(t).id}`),s(d,`aria-label`,`Merge ${y(t).displayName}`)}),r(c,()=>X[y(t).id],e=>X[y(t).id]=e),T(`click`,d,()=>De(y(t).id,y(t).displayName)),x(e,n)};p(d,e=>{y(U).persons.length>1&&e(m)}),O(n),f(()=>E(o,`${y(t).displayName??``}${y(t).email?` · ${y(t).email}`:``}`)),x(e,n)}),O(V),O(N);var H=h(N,2),W=h(C(H),2),G=g(W),K=h(W,2);a(K,16,()=>y(we),e=>e,(t,n)=>{var r=_e(),i=b(r),o=g(i,!0),c=h(i,2),l=C(c),u=h(C(l));a(u,21,()=>y(Ce).filter(e=>j(e.provider)===n),e,(e,t)=>{var n=ge(),r=C(n),i=g(r,!0),a=h(r),o=g(a,!0),s=h(a),c=g(s,!0),l=h(s),u=g(l,!0);O(n),f(()=>{E(i,y(t).label),E(o,y(t).plan??`—`),E(c,y(t).lastActiveDay??`never`),E(u,y(t).idle30Days?`yes`:`no`)}),x(e,n)}),O(u),O(l),O(c),f((e,t)=>{E(o,e),s(c,`aria-label`,t)},[()=>M(n),()=>`Seats of ${M(n)}`]),x(t,r)},e=>{var t=ve();x(e,t)}),O(H),f(()=>{E(re,`People (${y(U).persons.length??``})`),E(G,`${y(U).people.seats.assigned??``} seats assigned; ${y(U).people.seats.idle30Days??``} unused for 30 days.`)}),d(`submit`,F,Te),c(L,()=>y(q),e=>D(q,e)),c(z,()=>y(J),e=>D(J,e)),x(i,o)};p(w,e=>{y(W)?e(k):y(U)?e(N,-1):e(A,1)}),x(i,l)},$$slots:{default:!0}})}k()}S([`click`]);export{H as default};