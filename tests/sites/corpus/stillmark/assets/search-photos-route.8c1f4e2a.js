/*! search-photos-route 8c1f4e2a */
(function(){"use strict";
var state=window.__INITIAL_STATE__||{};var cfg=state.appConfig||{};var api=cfg.apiBase||"/napi";
var key=Object.keys((state.search||{}).photos||{})[0];var search=key?state.search.photos[key]:null;
if(!search)return;var page=search.page,pages=search.totalPages,busy=false,infinite=false;
var grid=document.querySelector('[data-testid="masonry-grid-count-three"]');var button=document.querySelector('[data-testid="load-more-button"]');
var cols=[].slice.call(grid.children);var heights=cols.map(function(c){return c.getBoundingClientRect().height});
function esc(t){return String(t==null?"":t).replace(/[&<>"']/g,function(c){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;"}[c]})}
function figure(p,pos){var u=p.user||{};var src=p.urls.raw+"&w=1000&auto=format&fit=crop&q=60";
var dl=p.premium?'<a class="EdCFo ZgUqI" title="Download this image" href="/plus?photo_id='+esc(p.id)+'" data-testid="premium-photo-download-button"></a>':'<a class="EdCFo ZgUqI" title="Download this image" href="/photos/'+esc(p.id)+'/download?force=true" rel="nofollow" download="" data-testid="non-sponsored-photo-download-button"></a>';
var by='<div class="zmDAx"><div class="kzPDY"><a class="N2odk" href="/@'+esc(u.username)+'"><div class="xgjeI"><img class="MAKef" src="'+esc(u.profile_image&&u.profile_image.small)+'" alt="Go to '+esc(u.name)+'&#x27;s profile"></div></a><div class="bezAd"><a class="N2odk RZQOk eziW_ KHq0c" href="/@'+esc(u.username)+'">'+esc(u.name)+'</a>'+(u.for_hire?'<a class="eziW_ U4bTi" href="/@'+esc(u.username)+'?hire=true"><span class="Vc0rR">Available for hire</span></a>':"")+(p.premium?'<a class="eziW_ MBB43" href="/plus">Stillmark+</a>':"")+'</div></div></div>';
return '<figure itemprop="image" itemscope="" itemtype="https://schema.org/ImageObject" data-masonryposition="'+pos+'" data-testid="photo-grid-masonry-figure"><div class="_cnA1"><div><div class="Tbd2Y">'+by+'</div><div class="jWMSo"><div class="JM3zT"><a class="zNNw1" itemprop="contentUrl" title="'+esc(p.alt_description)+'" href="/photos/'+esc(p.slug)+'"><div class="wdUrX"><img src="'+esc(src)+'" alt="'+esc(p.alt_description)+'" class="ApbSI z1piP" itemprop="thumbnailUrl" style="aspect-ratio:'+p.width+'/'+p.height+'" loading="lazy" data-testid="photo-grid-masonry-img"></div></a></div><div class="ZZ9ax"><div class="JfC0T">'+by+'<div class="kD7Y9">'+dl+'</div></div></div></div></div></div></figure>'}
function append(results){var pos=grid.querySelectorAll("figure").length;results.forEach(function(p){pos+=1;var i=heights.indexOf(Math.min.apply(null,heights));cols[i].insertAdjacentHTML("beforeend",figure(p,pos));heights[i]+=p.height/p.width*400})}
function load(){if(busy||page>=pages)return;busy=true;var next=page+1;
fetch(api+"/search/photos?query="+encodeURIComponent(search.query)+"&per_page="+search.perPage+"&page="+next,{headers:{accept:"application/json"},credentials:"same-origin"}).then(function(r){return r.json()}).then(function(data){page=next;append(data.results||[]);pages=data.total_pages||pages;busy=false;if(page>=pages&&button)button.parentNode.removeChild(button)})["catch"](function(){busy=false})}
if(button)button.addEventListener("click",function(){infinite=true;button.style.display="none";load()});
window.addEventListener("scroll",function(){if(!infinite)return;if(window.innerHeight+window.scrollY>=document.body.offsetHeight-1600)load()},{passive:true});
})();
