import Link from 'next/link';

const products = [
  { name: 'Linen shirt', price: '₹1,499' },
  { name: 'Canvas sneakers', price: '₹2,299' },
  { name: 'Leather belt', price: '₹899' },
];

export default function HomePage() {
  return (
    <>
      <h1>Kit Store</h1>
      <ul>
        {products.map((product) => (
          <li key={product.name}>
            {product.name}: {product.price}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/account">Your account</Link>
      </p>
    </>
  );
}
