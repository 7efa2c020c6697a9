class CollectionLoadMore extends HTMLElement {
  constructor() {
    super();
    this.button = this.querySelector('[data-next-url]');
    this.grid = document.getElementById('product-grid');
    this.button.addEventListener('click', this.onClick.bind(this));
  }

  async onClick() {
    const url = this.button.dataset.nextUrl;
    this.button.setAttribute('aria-busy', 'true');
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const { products } = await response.json();
    products.forEach((product) => this.grid.insertAdjacentHTML('beforeend', this.card(product)));
    const shown = this.grid.children.length;
    this.querySelector('[data-count]').textContent = shown;
    if (products.length < Number(this.button.dataset.pageSize)) {
      this.button.remove();
      return;
    }
    const next = new URL(url, window.location.origin);
    next.searchParams.set('page', Number(next.searchParams.get('page')) + 1);
    this.button.dataset.nextUrl = next.pathname + next.search;
    this.button.removeAttribute('aria-busy');
  }

  money(amount) {
    return Shopify.currency.active === 'USD' ? '$' + amount : amount + ' ' + Shopify.currency.active;
  }

  card(product) {
    const variant = product.variants[0];
    const varies = product.variants.some((v) => v.price !== variant.price);
    const price = (varies ? 'From ' : '') + this.money(variant.price);
    const sale = variant.compare_at_price && Number(variant.compare_at_price) > Number(variant.price);
    const image = product.images[0] ? product.images[0].src : '';
    return `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
      <div class="card__inner ratio"><div class="card__media"><div class="media media--transparent"><img src="${image}&width=533" alt="${product.title}" loading="lazy" width="1600" height="2000"></div></div></div>
      <div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/${product.handle}" class="full-unstyled-link">${product.title}</a></h3>
      <div class="card-information"><span class="visually-hidden">Vendor:</span><div class="caption-with-letter-spacing light">${product.vendor}</div>
      <div class="price ${sale ? 'price--on-sale' : ''}"><div class="price__container">${sale ? `<span class="visually-hidden">Regular price</span><s class="price-item price-item--regular">${this.money(variant.compare_at_price)}</s><span class="visually-hidden">Sale price</span><span class="price-item price-item--sale">${price}</span>` : `<span class="visually-hidden">Regular price</span><span class="price-item price-item--regular">${price}</span>`}</div></div>
      </div></div>${variant.available || product.variants.some((v) => v.available) ? '' : '<div class="card__badge bottom left"><span class="badge badge--bottom-left">Sold out</span></div>'}</div></div></div></li>`;
  }
}

customElements.define('collection-load-more', CollectionLoadMore);
