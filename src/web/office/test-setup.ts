// Component tests render the office's parts outside route-tree.tsx, which loads the features' texts in the app.
import './app/catalogues';
