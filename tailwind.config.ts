import type { Config } from "tailwindcss";

// Loaded from app/globals.css with `@config`; Tailwind 4 finds the content files itself.
export default {
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef6ff",
          100: "#d9eaff",
          500: "#2f6fe4",
          600: "#1f57c4",
          700: "#1a469c",
          900: "#142c5c",
        },
      },
      fontFamily: {
        sans: [
          "ui-sans-serif",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "sans-serif",
        ],
      },
    },
  },
} satisfies Config;
