import{a as ae}from"./vendor-CkJd7Qe1.js";
const A="data-v-7ba5bd90",L=12,fmt=new Intl.NumberFormat("en-IE",{style:"currency",currency:"EUR"});
function h(t,p,c){const e=document.createElement(t);e.setAttribute(A,"");for(const k in p||{})k==="class"?e.className=p[k]:e.setAttribute(k,p[k]);for(const x of[].concat(c||[]))e.append(x);return e}
function money(m){return new Intl.NumberFormat("en-IE",{style:"currency",currency:m.currency}).format(m.amount)}
function stars(p){if(!p.reviewCount)return h("div",{class:"rating rating--empty"},"No reviews yet");const s=h("span",{class:"stars","aria-hidden":"true",style:"--rating:"+p.rating});return h("div",{class:"rating",role:"img","aria-label":"Rated "+p.rating+" out of 5 stars"},[s,h("span",{class:"rating__value"},String(p.rating)),h("span",{class:"rating__count"},"("+p.reviewCount+")")])}
function card(p){const price=[h("span",{class:"price__current"+(p.compareAtPrice?" price__current--sale":"")},money(p.price))];if(p.compareAtPrice)price.push(h("s",{class:"price__compare"},money(p.compareAtPrice)));
return h("li",{class:"product-grid__item"},h("article",{class:"product-card"+(p.inStock?"":" product-card--soldout"),"data-product-id":String(p.id)},[
h("a",{class:"product-card__media",href:"/products/"+p.slug,tabindex:"-1"},h("img",{src:p.image.src,alt:p.image.alt,loading:"lazy",width:"480",height:"480"})),
h("ul",{class:"product-card__tags"},p.tags.map(t=>h("li",{class:"chip chip--sm"},t))),
h("h3",{class:"product-card__title"},h("a",{href:"/products/"+p.slug},p.name)),stars(p),
h("div",{class:"price"},price),h("p",{class:"stock "+(p.inStock?"stock--in":"stock--out")},p.inStock?"In stock":"Out of stock"),
h("button",{class:"btn btn--primary",type:"button",...(p.inStock?{}:{disabled:""})},p.inStock?"Add to cart":"Notify me")]))}
function pager(m){const n=h("nav",{class:"pagination","aria-label":"Pagination"});for(let i=1;i<=m.totalPages;i++)n.append(h("a",{class:"pagination__link"+(i===m.page?" is-active":""),href:"/shop/?page="+i,...(i===m.page?{"aria-current":"page"}:{})},String(i)));if(m.page<m.totalPages)n.append(h("a",{class:"pagination__next",href:"/shop/?page="+(m.page+1),rel:"next"},"Next"));return n}
async function mount(){const app=document.getElementById("app"),page=Number(new URLSearchParams(location.search).get("page")||1);
const r=await fetch("/api/v2/products?page="+page+"&limit="+L,{headers:{Accept:"application/json"}});const j=await r.json();
const head=h("header",{class:"catalog-header"},[h("h1",{},"All products"),h("p",{class:"catalog-header__count"},j.meta.total+" products")]);
const grid=h("ul",{class:"product-grid"},j.data.map(card));
app.replaceChildren(h("div",{class:"catalog"},[head,grid,pager(j.meta)]));document.getElementById("skeleton")?.remove();document.title="All products – Vuemarket"}
mount().catch(e=>{document.getElementById("app").textContent="Something went wrong. Please reload.";console.error(e)});
