import{$ as e,B as t,G as n,Q as r,V as i,W as a,X as o,Z as s,_t as c,at as l,bt as u,ct as d,dt as f,et as p,ft as m,gt as h,ht as g,it as _,j as v,k as y,lt as b,mt as x,nt as S,ot as C,pt as w,r as T,st as E,ut as D,vt as O,xt as k,yt as A,z as ee}from"./app-1IsSZsVf.js";import{d as j,n as M,o as te,p as N}from"./labels-o-UXRfLO.js";import{t as P}from"./AdminOnly-F-O0RwM6.js";import{t as F}from"./ErrorMessage-ptJ5vS0G.js";var I=v(`
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
`),ne=v(`
  mutation LinkActor($actorId: ID!, $personId: ID!) {
    linkActor(actorId: $actorId, personId: $personId) {
      id
      personId
    }
  }
`),re=v(`
  mutation UnlinkActor($actorId: ID!) {
    unlinkActor(actorId: $actorId) {
      id
    }
  }
`),L=v(`
  mutation SetIdentityKind($actorId: ID!, $kind: IdentityKind!) {
    setIdentityKind(actorId: $actorId, kind: $kind) {
      id
      identityKind
    }
  }
`),R=v(`
  mutation CreatePerson($workspaceId: ID!, $displayName: String!, $email: String) {
    createPerson(workspaceId: $workspaceId, displayName: $displayName, email: $email) {
      id
      displayName
    }
  }
`),z=v(`
  mutation MergePeople($into: ID!, $from: ID!) {
    mergePeople(into: $into, from: $from) {
      id
    }
  }
`),B=S(`<p class="success" role="status"> </p>`),V=S(`<p class="muted" role="status">Loading…</p>`),ie=S(`<p class="muted">No suggestion right now.</p>`),ae=S(`<li class="svelte-r1ifav"><span class="svelte-r1ifav"><strong> </strong> <strong> </strong> <span class="muted"> </span></span> <button type="button" class="secondary">Confirm</button></li>`),oe=S(`<ul class="list svelte-r1ifav"></ul>`),se=S(`<p class="muted">Every identity with usage in the last year belongs to a person.</p>`),ce=S(`<option> </option>`),le=S(`<li class="svelte-r1ifav"><span class="svelte-r1ifav"><strong> </strong> <span class="muted"> </span></span> <span class="row svelte-r1ifav"><label class="visually-hidden"> </label> <select class="svelte-r1ifav"><option>Link to…</option><!></select> <button type="button" class="secondary">Link</button> <button type="button" class="secondary"> </button></span></li>`),ue=S(`<p class="muted">No identity yet.</p>`),de=S(`<li class="svelte-r1ifav"><span class="svelte-r1ifav"><strong> </strong> </span> <span class="row svelte-r1ifav"><button type="button" class="secondary"> </button> <button type="button" class="secondary">Unlink</button></span></li>`),fe=S(`<ul class="identities svelte-r1ifav"></ul>`),pe=S(`<div class="row merge svelte-r1ifav"><label class="svelte-r1ifav"> </label> <select class="svelte-r1ifav"><option>choose a person…</option><!></select> <button type="button" class="secondary">Merge</button></div>`),me=S(`<li class="person svelte-r1ifav"><h3 class="svelte-r1ifav"> </h3> <!> <!></li>`),he=S(`<tr><td> </td><td> </td><td> </td><td> </td></tr>`),ge=S(`<h3> </h3> <div class="table-wrap" tabindex="0" role="region"><table><thead><tr><th scope="col">Who</th><th scope="col">Plan</th><th scope="col">Last active</th><th scope="col">Idle 30 days</th></tr></thead><tbody></tbody></table></div>`,1),_e=S(`<p class="muted">No tool of this workspace lists seats.</p>`),ve=S(`<section class="card svelte-r1ifav" aria-labelledby="suggestions-title"><h2 id="suggestions-title">Suggested links</h2> <!></section> <section class="card svelte-r1ifav" aria-labelledby="unlinked-title"><h2 id="unlinked-title">Identities without a person</h2> <!></section> <section class="card svelte-r1ifav" aria-labelledby="persons-title"><h2 id="persons-title"> </h2> <form class="row"><div class="field"><label for="person-name">Name</label> <input id="person-name" required=""/></div> <div class="field"><label for="person-email">Email (optional)</label> <input id="person-email" type="email"/></div> <div><button type="submit">Create person</button></div></form> <ul class="people svelte-r1ifav"></ul></section> <section class="card svelte-r1ifav" aria-labelledby="seats-title"><h2 id="seats-title">Seat holders</h2> <p class="muted"> </p> <!></section>`,1),H=S(`<h1>People</h1> <p class="muted">Vendors report identities (an email, a GitHub login, an API key); a person joins their identities across tools.
    Services (pipelines, bots) are left out of people figures.</p> <!> <!> <!>`,1);function U(_,v){A(v,!0);let S=c(()=>T(v.params.workspaceId)),U=c(()=>E(S)?.role===`ADMIN`||E(S)?.role===`OWNER`),W=h(null),G=h(null),K=h(null),q=h(``),J=h(``),Y=h(``),X=x({}),Z=x({});function ye(){let e=new Date;return{from:new Date(e.getTime()-314496e5).toISOString().slice(0,10),to:e.toISOString().slice(0,10)}}async function be(e){try{g(W,await y(I,{workspaceId:e,range:ye()}),!0),g(G,null)}catch(e){g(G,e,!0)}}b(()=>{document.title=`People · ${E(S)?.name??`workspace`} · ai-usage`,E(U)&&be(v.params.workspaceId)});async function Q(e,t){g(K,null),g(q,``);try{await e(),g(q,t,!0),await be(v.params.workspaceId)}catch(e){g(K,e,!0)}}let xe=c(()=>{let e=new Set((E(W)?.persons??[]).flatMap(e=>e.actors.map(e=>e.id)));return(E(W)?.people.rows??[]).flatMap(t=>t.subject.actor&&!t.subject.personId&&!e.has(t.subject.actor.id)?[t.subject.actor]:[])}),Se=c(()=>(E(W)?.people.rows??[]).flatMap(e=>e.seats.map(t=>({label:e.subject.label,...t})))),Ce=c(()=>[...new Set(E(Se).map(e=>j(e.provider)))]);function $(e){return e.displayName&&e.displayName!==e.identifier?`${e.displayName} (${e.identifier})`:e.identifier}function we(e){e.preventDefault();let t=E(J).trim();Q(()=>y(R,{workspaceId:v.params.workspaceId,displayName:t,email:E(Y).trim()||null}),`${t} created.`).then(()=>{E(K)||g(J,g(Y,``),!0)})}function Te(e,t){let n=X[e];n&&Q(()=>y(ne,{actorId:e,personId:n}),`${t} linked.`)}function Ee(e){let t=j(e.identityKind)===`service`?`HUMAN`:`SERVICE`;Q(()=>y(L,{actorId:e.id,kind:t}),`${e.identifier} is now counted as a ${t===`SERVICE`?`service`:`person`}.`)}function De(e,t){let n=Z[e];n&&Q(()=>y(z,{into:n,from:e}),`${t} merged.`)}{let h=c(()=>E(S)?.role);P(_,{get role(){return E(h)},what:`manage people and identities`,children:(c,h)=>{var _=H(),v=w(f(_),4),b=t=>{var n=B(),r=m(n,!0);d(()=>e(r,E(q))),p(t,n)};r(v,e=>{E(q)&&e(b)});var x=w(v,2),S=e=>{F(e,{get error(){return E(K)}})};r(x,e=>{E(K)&&e(S)});var T=w(x,2),O=e=>{F(e,{get error(){return E(G)}})},A=e=>{var t=V();p(e,t)},P=c=>{var h=ve(),_=f(h),v=w(D(_),2),b=e=>{var t=ie();p(e,t)},x=t=>{var n=oe();o(n,21,()=>E(W).personLinkSuggestions,e=>e.actor.id,(t,n)=>{var r=ae(),a=D(r),o=D(a),s=m(o,!0),c=w(o),u=w(c),f=m(u,!0),h=w(u,2),g=m(h);k(a);var _=w(a,2);k(r),d((t,r,a)=>{e(s,t),e(c,` ${r??``} → `),e(f,E(n).person.displayName),e(g,`(${E(n).explanation??``})`),i(_,`aria-label`,a)},[()=>N(E(n).actor.provider),()=>$(E(n).actor),()=>`Confirm: ${N(E(n).actor.provider)} ${E(n).actor.identifier} is ${E(n).person.displayName}`]),l(`click`,_,()=>Q(()=>y(ne,{actorId:E(n).actor.id,personId:E(n).person.id}),`${E(n).actor.identifier} linked to ${E(n).person.displayName}.`)),p(t,r)}),k(n),p(t,n)};r(v,e=>{E(W).personLinkSuggestions.length===0?e(b):e(x,-1)}),k(_);var S=w(_,2),T=w(D(S),2),O=e=>{var t=se();p(e,t)},A=t=>{var r=oe();o(r,21,()=>E(xe),e=>e.id,(t,r)=>{var s=le(),c=D(s),u=D(c),f=m(u,!0),h=w(u),g=w(h),_=m(g);k(c);var v=w(c,2),y=D(v),b=m(y),x=w(y,2),S=D(x);S.value=S.__value=``;var C=w(S);o(C,17,()=>E(W).persons,e=>e.id,(t,n)=>{var r=ce(),i=m(r,!0),a={};d(()=>{e(i,E(n).displayName),a!==(a=E(n).id)&&(r.value=(r.__value=a)??``)}),p(t,r)}),k(x),n(x);var T=w(x,2),O=w(T,2),A=m(O,!0);k(v),k(s),d((t,n,a,o,s,c,l,u)=>{e(f,t),e(h,` ${n??``} ${a??``} `),e(_,`· counted as a ${o??``}`),i(y,`for`,`link-${E(r).id}`),e(b,`Person for ${s??``} ${E(r).identifier??``}`),i(x,`id`,`link-${E(r).id}`),i(T,`aria-label`,c),i(O,`aria-label`,l),e(A,u)},[()=>N(E(r).provider),()=>M(E(r).kind),()=>$(E(r)),()=>te(E(r).identityKind),()=>N(E(r).provider),()=>`Link ${N(E(r).provider)} ${E(r).identifier}`,()=>`Count ${N(E(r).provider)} ${E(r).identifier} as a ${j(E(r).identityKind)===`service`?`person`:`service`}`,()=>j(E(r).identityKind)===`service`?`Mark as person`:`Mark as service`]),a(x,()=>X[E(r).id],e=>X[E(r).id]=e),l(`click`,T,()=>Te(E(r).id,E(r).identifier)),l(`click`,O,()=>Ee(E(r))),p(t,s)}),k(r),p(t,r)};r(T,e=>{E(xe).length===0?e(O):e(A,-1)}),k(S);var P=w(S,2),F=D(P),I=m(F),L=w(F,2),R=D(L),z=w(D(R),2);t(z),k(R);var B=w(R,2),V=w(D(B),2);t(V),k(B),u(2),k(L);var H=w(L,2);o(H,21,()=>E(W).persons,e=>e.id,(t,s)=>{var c=me(),u=D(c),f=m(u),h=w(u,2),g=e=>{var t=ue();p(e,t)},_=t=>{var n=fe();o(n,21,()=>E(s).actors,e=>e.id,(t,n)=>{var r=de(),a=D(r),o=D(a),s=m(o,!0),c=w(o);k(a);var u=w(a,2),f=D(u),h=m(f,!0),g=w(f,2);k(u),k(r),d((t,n,r,a,o,l,u)=>{e(s,t),e(c,` ${n??``} ${r??``}${a??``}`),i(f,`aria-label`,o),e(h,l),i(g,`aria-label`,u)},[()=>N(E(n).provider),()=>M(E(n).kind),()=>$(E(n)),()=>j(E(n).identityKind)===`service`?` (service)`:``,()=>`Count ${N(E(n).provider)} ${E(n).identifier} as a ${j(E(n).identityKind)===`service`?`person`:`service`}`,()=>j(E(n).identityKind)===`service`?`Mark as person`:`Mark as service`,()=>`Unlink ${N(E(n).provider)} ${E(n).identifier}`]),l(`click`,f,()=>Ee(E(n))),l(`click`,g,()=>Q(()=>y(re,{actorId:E(n).id}),`${E(n).identifier} unlinked.`)),p(t,r)}),k(n),d(()=>i(n,`aria-label`,`Identities of ${E(s).displayName}`)),p(t,n)};r(h,e=>{E(s).actors.length===0?e(g):e(_,-1)});var v=w(h,2),b=t=>{var r=pe(),c=D(r),u=m(c),f=w(c,2),h=D(f);h.value=h.__value=``;var g=w(h);o(g,17,()=>E(W).persons.filter(e=>e.id!==E(s).id),e=>e.id,(t,n)=>{var r=ce(),i=m(r,!0),a={};d(()=>{e(i,E(n).displayName),a!==(a=E(n).id)&&(r.value=(r.__value=a)??``)}),p(t,r)}),k(f),n(f);var _=w(f,2);k(r),d(()=>{i(c,`for`,`merge-${E(s).id}`),e(u,`Merge ${E(s).displayName??``} into`),i(f,`id`,`merge-${E(s).id}`),i(_,`aria-label`,`Merge ${E(s).displayName}`)}),a(f,()=>Z[E(s).id],e=>Z[E(s).id]=e),l(`click`,_,()=>De(E(s).id,E(s).displayName)),p(t,r)};r(v,e=>{E(W).persons.length>1&&e(b)}),k(c),d(()=>e(f,`${E(s).displayName??``}${E(s).email?` · ${E(s).email}`:``}`)),p(t,c)}),k(H),k(P);var U=w(P,2),G=w(D(U),2),K=m(G),q=w(G,2);o(q,16,()=>E(Ce),e=>e,(t,n)=>{var r=ge(),a=f(r),c=m(a,!0),l=w(a,2),u=D(l),h=w(D(u));o(h,21,()=>E(Se).filter(e=>j(e.provider)===n),s,(t,n)=>{var r=he(),i=D(r),a=m(i,!0),o=w(i),s=m(o,!0),c=w(o),l=m(c,!0),u=w(c),f=m(u,!0);k(r),d(()=>{e(a,E(n).label),e(s,E(n).plan??`—`),e(l,E(n).lastActiveDay??`never`),e(f,E(n).idle30Days?`yes`:`no`)}),p(t,r)}),k(h),k(u),k(l),d((t,n)=>{e(c,t),i(l,`aria-label`,n)},[()=>N(n),()=>`Seats of ${N(n)}`]),p(t,r)},e=>{var t=_e();p(e,t)}),k(U),d(()=>{e(I,`People (${E(W).persons.length??``})`),e(K,`${E(W).people.seats.assigned??``} seats assigned; ${E(W).people.seats.idle30Days??``} unused for 30 days.`)}),C(`submit`,L,we),ee(z,()=>E(J),e=>g(J,e)),ee(V,()=>E(Y),e=>g(Y,e)),p(c,h)};r(T,e=>{E(G)?e(O):E(W)?e(P,-1):e(A,1)}),p(c,_)},$$slots:{default:!0}})}O()}_([`click`]);export{U as default};