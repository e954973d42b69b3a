// Our own Phaser entry point: the namespaces this game uses, and none it does not (no physics,
// tilemaps, sound, DOM elements or filters). Built from Phaser's own `phaser-no-physics.js`. The
// Geom, Display, Structs and Utils namespaces are left out too: the game reads none of them, and
// Phaser's own modules require the parts they use (each whole namespace was 1–2 KB of the first
// load, gzipped, that nothing read).
require('../../node_modules/phaser/src/polyfills/requestVideoFrame');

var CONST = require('../../node_modules/phaser/src/const');
var Extend = require('../../node_modules/phaser/src/utils/object/Extend');

// The game objects this game draws with: graphics, images, text and rectangles (and their factories).
function gameObjects() {
  return {
    Events: require('../../node_modules/phaser/src/gameobjects/events'),
    DisplayList: require('../../node_modules/phaser/src/gameobjects/DisplayList'),
    GameObjectCreator: require('../../node_modules/phaser/src/gameobjects/GameObjectCreator'),
    GameObjectFactory: require('../../node_modules/phaser/src/gameobjects/GameObjectFactory'),
    UpdateList: require('../../node_modules/phaser/src/gameobjects/UpdateList'),
    Components: require('../../node_modules/phaser/src/gameobjects/components'),
    GetCalcMatrix: require('../../node_modules/phaser/src/gameobjects/GetCalcMatrix'),
    BuildGameObject: require('../../node_modules/phaser/src/gameobjects/BuildGameObject'),
    GameObject: require('../../node_modules/phaser/src/gameobjects/GameObject'),
    Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/Graphics'),
    Image: require('../../node_modules/phaser/src/gameobjects/image/Image'),
    Text: require('../../node_modules/phaser/src/gameobjects/text/Text'),
    Shape: require('../../node_modules/phaser/src/gameobjects/shape/Shape'),
    Rectangle: require('../../node_modules/phaser/src/gameobjects/shape/rectangle/Rectangle'),
    Factories: {
      Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory'),
      Image: require('../../node_modules/phaser/src/gameobjects/image/ImageFactory'),
      Text: require('../../node_modules/phaser/src/gameobjects/text/TextFactory'),
      Rectangle: require('../../node_modules/phaser/src/gameobjects/shape/rectangle/RectangleFactory'),
    },
    Creators: {
      Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator'),
      Image: require('../../node_modules/phaser/src/gameobjects/image/ImageCreator'),
      Text: require('../../node_modules/phaser/src/gameobjects/text/TextCreator'),
    },
  };
}

var Phaser = {
  Cameras: require('../../node_modules/phaser/src/cameras'),
  Core: require('../../node_modules/phaser/src/core'),
  Class: require('../../node_modules/phaser/src/utils/Class'),
  Events: require('../../node_modules/phaser/src/events'),
  Game: require('../../node_modules/phaser/src/core/Game'),
  GameObjects: gameObjects(),
  Input: require('../../node_modules/phaser/src/input'),
  Loader: require('../../node_modules/phaser/src/loader'),
  Math: require('../../node_modules/phaser/src/math'),
  Renderer: require('../../node_modules/phaser/src/renderer'),
  Scale: require('../../node_modules/phaser/src/scale'),
  Scene: require('../../node_modules/phaser/src/scene/Scene'),
  Scenes: require('../../node_modules/phaser/src/scene'),
  Textures: require('../../node_modules/phaser/src/textures'),
  Time: require('../../node_modules/phaser/src/time'),
  Tweens: require('../../node_modules/phaser/src/tweens'),
};

Phaser = Extend(false, Phaser, CONST);

module.exports = Phaser;

globalThis.Phaser = Phaser;
