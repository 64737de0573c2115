// Renderer entry: the desktop preload provides `window.temoin`; in a browser (`npm run web`) the
// IndexedDB/download implementation of the same contract is used.
import './styles.css'
import {startApp} from './app'
import {createLintWorker} from './editor/lint-client'
import {createBrowserBridge} from './web/browser-bridge'

const bridge = window.temoin ?? createBrowserBridge()
const backend = createLintWorker()
startApp(bridge, backend).catch((error) => {
  console.error(error)
  const app = document.getElementById('app')
  if (app) app.textContent = `Témoin n’a pas pu démarrer : ${String(error)}`
})
